# functools: the behaviour CPython 3.11 shows (each assert holds on python3).
from functools import partial, reduce, lru_cache, wraps, total_ordering, cmp_to_key

p = partial(lambda a, b, c=0: (a, b, c), 1, c=3)
assert p(2) == (1, 2, 3)
assert partial(p, 5).args == (1, 5) and partial(p, 5).keywords == {'c': 3}
assert reduce(lambda a, b: a * b, [1, 2, 3, 4]) == 24
try:
    reduce(max, [])
except TypeError as e:
    assert str(e) == 'reduce() of empty iterable with no initial value'
else:
    raise AssertionError('no error')

hits = []


@lru_cache(maxsize=1)
def f(x):
    hits.append(x)
    return x


f(1), f(1), f(2), f(1)
assert hits == [1, 2, 1], hits
assert repr(f.cache_info()) == 'CacheInfo(hits=1, misses=3, maxsize=1, currsize=1)', repr(f.cache_info())


def g():
    pass


@wraps(g)
def h():
    pass


assert h.__name__ == 'g' and h.__wrapped__ is g


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


assert V(2) > V(1) and V(1) <= V(1) and not V(1) >= V(2)
assert sorted([1, 3, 2], key=cmp_to_key(lambda a, b: b - a)) == [3, 2, 1]
print('ok')
