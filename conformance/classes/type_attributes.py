# type(x).__name__, __qualname__, __module__, __mro__, __bases__ and
# __doc__ for nested classes, builtins and classes made by type().
class Outer:
    """Outer doc."""
    class Inner:
        class Deep:
            pass
    def method(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__)
L = Outer().method()
print(L.__qualname__, L.__name__)
print(type(1).__name__, type("").__qualname__, type(None).__name__, int.__module__, type([]).__mro__)
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in KeyError.__mro__])
print(Outer.__bases__, object.__bases__, Outer.__mro__)
print(Outer.method.__qualname__, Outer.method.__name__)
D = type("D", (Outer,), {"x": 1})
print(D.__name__, D.__qualname__, D.__bases__[0].__name__, D.x, D.__doc__)
class A: pass
class B(A): pass
class C(B, A): pass
print([k.__name__ for k in C.__mro__], C.__base__.__name__)
print(repr(Outer), repr(Outer.Inner), repr(int), repr(type))
def f(): pass
print(f.__qualname__, type(f).__name__)
