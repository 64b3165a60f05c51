# The mapping __prepare__ returns is the one the metaclass receives, with
# the body's names stored through its __setitem__; type() of a big int is
# int.
class Rec(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)

class PM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Rec()
    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, "x" in ns, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))

class W(metaclass=PM):
    x = 1
    def f(self):
        pass
print(W.x)

class Plain(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"first": 0}
    def __new__(mcs, name, bases, ns):
        print([k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, ns)

class Q(metaclass=Plain):
    b = 1
    a = 2
print(Q.first, Q.a, Q.b)
big = 2**70
print(type(big) is int, type(-big).__name__, type(big) == int, big.__class__ is int, type(big)("12"))
