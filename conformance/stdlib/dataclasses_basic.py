# dataclasses with fields declared through an explicit __annotations__ dict
# (what an annotated class body produces).
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    __annotations__ = {'x': int, 'y': int, 'tags': list}
    y = 0
    tags = field(default_factory=list)


p = Point(1)
print(p, Point(1, 2, ['a']), p == Point(1, 0), p != Point(2))
print([f.name for f in fields(Point)], [f.type.__name__ for f in fields(p)])
print(asdict(Point(3, 4, [1])), astuple(Point(3, 4)))
print(replace(p, y=9), p.tags is Point(1).tags, is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__init__.__qualname__, Point.y, Point.__hash__)


@dataclass
class Line:
    __annotations__ = {'a': Point, 'b': Point, 'label': str}
    label = field(default='line', repr=False)


ln = Line(Point(0, 0), Point(1, 1))
print(ln, asdict(ln))


@dataclass(repr=False, eq=False)
class Raw:
    __annotations__ = {'v': int}


r = Raw(1)
print(r.v, r == Raw(1), type(repr(r)).__name__)


@dataclass
class WithPost:
    __annotations__ = {'a': int, 'b': int}
    b = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(5))

tests = [
    lambda: Point(),
    lambda: Point(1, 2, 3, 4),
    lambda: Point(1, z=2),
    lambda: replace(p, z=1),
    lambda: asdict(1),
    lambda: fields(1),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

try:
    @dataclass
    class Bad:
        __annotations__ = {'x': int, 'y': int}
        x = 1
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Mutable:
        __annotations__ = {'items': list}
        items = []
except ValueError as e:
    print('ValueError:', e)
