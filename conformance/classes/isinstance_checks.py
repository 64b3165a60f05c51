# isinstance and issubclass with classes, nested tuples, __instancecheck__
# and __subclasscheck__ on metaclasses, and CPython's errors for bad
# second arguments.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, B), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), isinstance(A, type))

class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Quacker), isinstance(1, Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)))

for args in [(1, 1), (1, "int"), (1, (int, 2))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, int), (int, 1), (int, (str, 3))]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
