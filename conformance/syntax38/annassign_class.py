# Class bodies get their own __annotations__, in order, evaluated at
# definition; inherited annotations are not merged.
order = []


def note(v):
    order.append(v)
    return v


class Point:
    """A point."""
    x: note(int) = note(0)
    y: note(int) = 0
    label: note(str)
    tags: "list[str]"

    def __init__(self):
        self.x = 1


class Point3(Point):
    z: int = 0


print(Point.__annotations__)
print(list(Point.__annotations__))
print(Point3.__annotations__)
print(Point.__doc__, Point.x, Point.y, hasattr(Point, "label"))
print(order)


class Empty:
    pass


print("__annotations__" in Empty.__dict__)


class Nested:
    if True:
        a: int = 1
    for i in range(1):
        b: str = "x"
    try:
        c: float = 1.0
    finally:
        pass


print(Nested.__annotations__)
