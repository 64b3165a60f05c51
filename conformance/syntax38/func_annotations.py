# Function annotations are a dict in parameter order, then 'return'.
def f(a: int, b: "str" = "x", /, c: float = 1.0, *args: tuple, k: bool, m=2, **kw: dict) -> list:
    pass


print(f.__annotations__)
print(list(f.__annotations__))


def g(x, y):
    pass


print(g.__annotations__, type(g.__annotations__))
g.__annotations__["x"] = int
print(g.__annotations__)
g.__annotations__ = {"q": 1, "a": 2}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
del g.__annotations__
print(g.__annotations__)


def h() -> "result":
    pass


print(h.__annotations__)
order = []


def note(v):
    order.append(v)
    return v


def evaluated(a: note("a"), *, b: note("b")) -> note("ret"):
    pass


print(order, evaluated.__annotations__)


class K:
    def method(self, __private: int) -> None:
        pass


print(K.method.__annotations__)
