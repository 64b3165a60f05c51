# Class patterns with __match_args__ and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz > 0:
            return f"above {x} {y} {zz}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y=yy):
            return f"at {x} {yy}"
        case object():
            return "something else"

for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 3), Point3(1, 2, -3), "str"]:
    print(p, "->", where(p))

# Missing attributes make the pattern fail, not raise.
class Empty:
    pass
match Empty():
    case Empty(missing=1):
        print("wrong")
    case Empty():
        print("empty matched")

# Properties are read through getattr.
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        print("reading v")
        return 5
match Prop():
    case Prop(5):
        print("property matched")

# Keyword-only matching on builtins.
match 3 + 4j:
    case complex(real=3, imag=i):
        print("imag", i)
match "abc":
    case str(upper=u):
        print("bound method", u())
