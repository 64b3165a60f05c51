# A metaclass whose __new__ returns something that is not a class: the
# class statement binds that object; __init__ of the metaclass is skipped.
class Weird(type):
    def __new__(mcs, name, bases, ns):
        return 42
    def __init__(cls, *a):
        print("never")

class X(metaclass=Weird):
    pass
print(X, type(X).__name__)

class ToFunc(type):
    def __new__(mcs, name, bases, ns):
        return lambda: "I was a class " + name
class F(metaclass=ToFunc):
    pass
print(F())

class Conflict1(type): pass
class Conflict2(type): pass
class A(metaclass=Conflict1): pass
class B(metaclass=Conflict2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
def not_a_type(name, bases, ns):
    return "function metaclass made " + name
class G(metaclass=not_a_type):
    pass
print(G)
try:
    type("T", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
