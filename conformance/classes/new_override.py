# __new__ overrides: returning an instance of another class skips
# __init__, arguments reach both __new__ and __init__, object.__new__
# rejects extra arguments, and __init__ must return None.
class Other:
    def __init__(self):
        print("Other.__init__ never runs here")

class Factory:
    def __new__(cls, kind):
        print("Factory.__new__", kind)
        if kind == "other":
            return Other.__new__(Other)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
        self.kind = kind

f = Factory("self")
print(type(f).__name__, f.kind)
o = Factory("other")
print(type(o).__name__)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
            print("created", key)
        return cls._cache[key]
    def __init__(self, key):
        print("init", key)

a = Cached("a")
b = Cached("a")
print(a is b)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print("TypeError:", e)

class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)
print(type(WithNew(1, 2)).__name__)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class ReturnsNone:
    def __new__(cls):
        return None
print(ReturnsNone())

class NewArgs:
    def __new__(cls, x, y=2, *, z=3):
        self = super().__new__(cls)
        self.sum = x + y + z
        return self
print(NewArgs(1).sum, NewArgs(1, 1, z=1).sum)
try:
    NewArgs()
except TypeError as e:
    print("TypeError:", e)
