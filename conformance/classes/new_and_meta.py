# __new__ overrides, metaclasses (__new__, __call__), __init_subclass__
# and __slots__.
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v

a, b = Single(1), Single(2)
print(a is b, a.v)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name + "!"
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *args):
        print("creating", cls.__name__)
        return super().__call__(*args)

class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v

m = M(3)
print(M.tag, type(M).__name__, isinstance(M, Meta), m.v, type(m).__name__)
class M2(M):
    pass
print(M2.tag, type(M2).__name__)

class Plugin:
    registry = []
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, kind))

class P1(Plugin, kind="a"):
    pass
class P2(Plugin):
    pass
print(Plugin.registry)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

s = Slotted()
s.b = 2
print(s.a, s.b, Slotted.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print(e)

try:
    object.__new__(Single, 1)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
