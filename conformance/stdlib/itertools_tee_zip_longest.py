# itertools.tee and zip_longest.
from itertools import tee, zip_longest

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xy'), 3)
print(next(a), list(b), list(a), list(c))
print(tee([1], 0))
print(len(tee('ab', 4)))

src = iter(range(5))
x, y = tee(src)
print(next(x), next(x), next(y))
print(list(zip(x, y)))

try:
    tee([], -1)
except ValueError as e:
    print('ValueError:', e)

print(list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest('abc', [1])))
print(list(zip_longest()), list(zip_longest('ab')))
print(list(zip_longest([], [], fillvalue=0)))

try:
    zip_longest(1)
except TypeError as e:
    print('TypeError:', e)
