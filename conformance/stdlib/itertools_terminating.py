# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap, pairwise.
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, starmap, pairwise)

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2], initial=10)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate('abc')))

print(list(chain('ab', [1, 2], ())), list(chain()))
print(list(chain.from_iterable(['xy', 'z', []])))
it = chain([1], [2])
print(next(it), next(it), next(it, 'done'))

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))

print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))

for bad in [lambda: compress(1, []), lambda: dropwhile(None, 3), lambda: pairwise(None),
            lambda: next(chain(1)), lambda: starmap(None, 1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
