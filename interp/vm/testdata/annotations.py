# SETUP_ANNOTATIONS, annotated assignments, ordered function annotations,
# assignment expressions and positional-only binding on our evaluator.
x: int = 1
y: str
print(list(__annotations__.items()), x)


class C:
    b: int = 2
    a: "str"


print(list(C.__annotations__), C.b)


def f(p, q: int, /, r: str = "", *s: tuple, t: bool, **u: dict) -> list:
    v: undefined = 3
    return v


print(list(f.__annotations__), f(1, 2, t=True))
f.__annotations__ = {"z": 1, "a": 2}
print(list(f.__annotations__))
print([last := i * 2 for i in range(3)], last)


def g(a, b=2, /, **kw):
    return a, b, kw["a"], kw["b"], len(kw)


print(g(1, a=3, b=4))
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)


def h(a, /, b):
    return a, b


try:
    h(a=1, b=2)
except TypeError as e:
    print(e)
print(h(1, b=2))
