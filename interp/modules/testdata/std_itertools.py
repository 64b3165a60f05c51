# itertools: results and reprs as on CPython 3.11.
from itertools import (count, repeat, islice, chain, groupby, tee, zip_longest,
                       product, permutations, combinations, accumulate, pairwise)

assert repr(count(5)) == 'count(5)' and repr(count(1, 2)) == 'count(1, 2)'
assert repr(repeat('a', 3)) == "repeat('a', 3)"
assert list(islice(count(), 2, 8, 3)) == [2, 5]
assert list(chain.from_iterable(['ab', 'c'])) == ['a', 'b', 'c']
assert [(k, len(list(g))) for k, g in groupby('aabccc')] == [('a', 2), ('b', 1), ('c', 3)]
a, b = tee(iter([1, 2]))
assert list(a) == [1, 2] and list(b) == [1, 2]
assert list(zip_longest('ab', 'c', fillvalue='-')) == [('a', 'c'), ('b', '-')]
assert len(list(product('ab', repeat=3))) == 8
assert list(permutations('abc', 2))[:3] == [('a', 'b'), ('a', 'c'), ('b', 'a')]
assert list(combinations(range(4), 3)) == [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
assert list(accumulate([1, 2, 3], initial=10)) == [10, 11, 13, 16]
assert list(pairwise('abc')) == [('a', 'b'), ('b', 'c')]
try:
    islice('a', -1)
except ValueError as e:
    assert str(e) == 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
else:
    raise AssertionError('no error')
print('ok')
