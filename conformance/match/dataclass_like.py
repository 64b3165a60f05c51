# Classes with __match_args__ as dataclasses generate them.
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end

def describe(shape):
    match shape:
        case Line(Vec(x1, y1), Vec(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(Vec(0, 0), end=Vec(x, y)):
            return f"line from origin to {x},{y}"
        case Line(start, end):
            return "some line"
        case Vec(x=x) if x < 0:
            return "vector pointing left"
        case Vec():
            return "vector"

print(describe(Line(Vec(1, 2), Vec(1, 5))))
print(describe(Line(Vec(0, 0), Vec(3, 4))))
print(describe(Line(Vec(1, 1), Vec(2, 2))))
print(describe(Vec(-1, 0)))
print(describe(Vec(1, 0)))

# __match_args__ may be shorter than the attributes; keywords reach the rest.
class Rec:
    __match_args__ = ("a",)
    def __init__(self):
        self.a, self.b = 1, 2
match Rec():
    case Rec(1, b=2):
        print("Rec matched")

# Inherited __match_args__.
class Base:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass
match Derived(3):
    case Base(v):
        print("via base", v)
match Base(3):
    case Derived(v):
        print("wrong")
    case _:
        print("Base is not a Derived")
