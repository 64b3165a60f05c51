# itertools: product, permutations, combinations,
# combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', repeat=2)))
print(list(product([1, 2], 'xy')))
print(list(product()), list(product([], [1])))
print(len(list(product(range(3), repeat=3))))

print(list(permutations('abc', 2)))
print(len(list(permutations(range(4)))), list(permutations([1, 2])))
print(list(permutations('ab', 3)), list(permutations('ab', 0)))

print(list(combinations('abcd', 2)))
print(list(combinations(range(3), 5)), list(combinations('abc', 0)))
print(list(combinations(range(5), 3)))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))

for bad in [lambda: combinations('a', -1), lambda: permutations('a', -1),
            lambda: product([1], repeat=-1), lambda: combinations_with_replacement('a', -2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
