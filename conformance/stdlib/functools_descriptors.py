# functools.cached_property, total_ordering, cmp_to_key, singledispatch.
from functools import cached_property, total_ordering, cmp_to_key, singledispatch


class C:
    def __init__(self):
        self.n = 0

    @cached_property
    def val(self):
        self.n += 1
        return 42


c = C()
print(c.val, c.val, c.n)
print('val' in c.__dict__)
del c.val
print(c.val, c.n)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return 'V(%d)' % self.v


print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), V(3) >= V(3))
print(sorted([V(3), V(1), V(2)]))

try:
    @total_ordering
    class Bare:
        pass
except ValueError as e:
    print('ValueError:', e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))


@singledispatch
def show(x):
    return 'object'


@show.register(int)
def _(x):
    return 'int %d' % x


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


print(show(1), show([1, 2]), show('s'), show(True))
print(show.dispatch(bool) is show.dispatch(int))
