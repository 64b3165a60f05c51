# functools.partial: call, attributes, nesting, repr.
from functools import partial


def f(a, b, c=3, **kw):
    return (a, b, c, sorted(kw.items()))


p = partial(f, 1, c=5)
print(p(2))
print(p(2, c=6, d=7))
print(p.func is f, p.args, p.keywords)

p2 = partial(p, 2, e=1)
print(p2())
print(p2.func is f, p2.args, p2.keywords)

print(repr(partial(max, 1, key=None)))
print(repr(partial(len)))
print(partial(sorted, reverse=True)([3, 1, 2]))

try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)

add_ten = partial(lambda a, b: a + b, 10)
print(list(map(add_ten, [1, 2, 3])))
