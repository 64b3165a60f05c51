# isinstance and issubclass follow inheritance and accept tuples; type()
# is the class; the class records __mro__, __bases__, __name__ and
# __qualname__.
class A:
    pass
class B(A):
    pass
class C:
    pass
class D(B, C):
    class Inner:
        pass

d = D()
print(isinstance(d, A), isinstance(d, C), isinstance(d, (int, C)), isinstance(A(), B))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), issubclass(A, object))
print(type(d) is D, d.__class__ is D, type(D) is type)
print(D.__mro__)
print(D.__bases__, D.__name__, D.Inner.__qualname__, D.__module__)
print(isinstance(3, int), isinstance(True, int), isinstance("s", (int, str)))
try:
    isinstance(d, 3)
except TypeError as e:
    print(e)
try:
    issubclass(d, A)
except TypeError as e:
    print(e)
