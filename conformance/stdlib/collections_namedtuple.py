# collections.namedtuple: fields, defaults, helpers, tuple behaviour, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple), tuple(p))
print(Point._fields, Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(x=10), Point._make([3, 4]))
print(sorted([Point(2, 1), Point(1, 5)]))
print(p + (3,), p[:1], max(p))

P3 = namedtuple('P3', 'a b c', defaults=[9])
print(P3(1, 2), P3._field_defaults, P3('x', 'y', 'z'))
R = namedtuple('R', 'a, def, _b, a', rename=True)
print(R._fields)

tests = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, z=2),
    lambda: Point(),
    lambda: Point._make([1]),
    lambda: p._replace(z=1),
    lambda: namedtuple('P', 'x x'),
    lambda: namedtuple('P', '_x y'),
    lambda: namedtuple('P', 'def y'),
    lambda: namedtuple('P', 'x y', defaults=(1, 2, 3)),
    lambda: namedtuple('1P', 'x'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
