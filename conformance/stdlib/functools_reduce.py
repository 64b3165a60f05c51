# functools.reduce with and without an initial value, and its errors.
from functools import reduce
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6)))
print(reduce(lambda a, b: a * b, [], 7))
print(reduce(lambda a, b: a - b, [10], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, iter([3, 9, 2])))

try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)

try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print('TypeError:', e)


def boom(a, b):
    raise ValueError('from the function')


try:
    reduce(boom, [1, 2])
except ValueError as e:
    print('ValueError:', e)
