# itertools.islice: stop/start/step forms, consumption, errors.
from itertools import islice, count

print(list(islice('abcdefg', 2)))
print(list(islice('abcdefg', 2, 4)))
print(list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)))
print(list(islice('abc', 1, None, None)))
print(list(islice('abc', None)))
print(list(islice(count(), 3, 12, 4)))

src = iter(range(10))
print(list(islice(src, 1, 6, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 5, 2)), next(src))
src = iter(range(10))
print(list(islice(src, 3)), next(src))

for args in [(-1,), ('a',), (1.5,), (1, 2, 0), (-1, 2), (1, -2), (0, 5, -1)]:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

try:
    islice('abc')
except TypeError as e:
    print('TypeError:', e)

try:
    islice(3, 1)
except TypeError as e:
    print('TypeError:', e)
