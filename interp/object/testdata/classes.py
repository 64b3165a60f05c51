# super, property, classmethod, staticmethod, exceptions and metaclasses.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return cls
    @staticmethod
    def twice(x):
        return 2 * x
class B(A):
    def who(self):
        return "B" + super().who()
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v + 1

b = B()
assert b.who() == "BA" and super(B, b).who() == "A"
assert B.make() is B and b.make() is B and B.twice(2) == 4 and b.twice(3) == 6
b.p = 1
assert b.p == 2
try:
    A().p
    assert False
except AttributeError:
    pass

class Err(KeyError):
    def __init__(self, k):
        super().__init__(k)
        self.k = k
try:
    raise Err("x")
except LookupError as e:
    assert type(e) is Err and e.k == "x" and e.args == ("x",)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = mcs
        return super().__new__(mcs, name, bases, ns)
class M(metaclass=Meta):
    pass
assert M.made_by is Meta and type(M) is Meta and isinstance(M, Meta)
assert issubclass(B, A) and not issubclass(A, B) and B.__mro__ == (B, A, object)
class Both(ValueError, KeyError):
    pass
try:
    raise Both("k")
except LookupError as e:
    assert type(e) is Both
assert Both.__mro__[:3] == (Both, ValueError, KeyError)

class Mixin:
    def tag(self):
        return "tagged"
class Mixed(Mixin, RuntimeError):
    pass
try:
    raise Mixed()
except RuntimeError as e:
    assert e.tag() == "tagged"
Dyn = type("Dyn", (A,), {"v": 1})
assert Dyn().v == 1 and Dyn().who() == "A" and type(Dyn()) is Dyn
print("ok")
