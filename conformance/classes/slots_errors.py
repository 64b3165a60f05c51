# __slots__: only the declared attributes can be set; instances have no
# __dict__; a slot that conflicts with a class variable is an error;
# subclasses without __slots__ get a __dict__ again.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

p = P()
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y, hasattr(p, "__dict__"))
del p.y
print(hasattr(p, "y"))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

class Free(P):
    pass
f = Free()
f.z = 9
print(f.z, f.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class BadSlots:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.b = 2
print(w.b)
