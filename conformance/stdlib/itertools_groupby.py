# itertools.groupby: consecutive keys, key functions, shared iterator.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])

# A group is invalid once the outer iterator advances.
groups = [g for k, g in groupby('aabb')]
print([list(g) for g in groups])

it = groupby('xxy')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g2), list(g))
print(list(groupby([])))

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
