class Base:
    "doc"
    x = 1
    def m(self):
        return "Base.m"
class Child(Base):
    def m(self):
        return "Child"
    def cls(self):
        return __class__ is Child
print(Child().m(), Base.__doc__, Child.m.__qualname__)
print(Child().cls())
def f():
    def g():
        pass
    return g
print(f().__qualname__, (lambda: 0).__qualname__)
def deco(fn):
    return lambda *a: fn(*a) * 2
@deco
def twice(v):
    return v
print(twice(21))
def kw(a, *, b=3, **rest):
    return a, b, sorted(rest)
print(kw(1), kw(1, b=2, c=3))
import math as m
from math import pi, floor as fl
print(m.pi == pi, fl(2.5))
class Many(*[object] * 1, metaclass=type):
    pass
print(Many.__name__ if hasattr(Many, "__name__") else "Many")
