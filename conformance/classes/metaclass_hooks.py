# Metaclasses: __prepare__ supplies the class namespace, __new__ builds
# the class, __init__ and __call__ run around instance creation, keyword
# arguments of the class statement reach them.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.made_by = "Meta"
        return inst

class Thing(metaclass=Meta, tag="t1"):
    def __init__(self, x):
        self.x = x
    def hello(self):
        return "hello"

t = Thing(5)
print(t.x, t.made_by, Thing.tag, Thing.injected, type(Thing).__name__, isinstance(Thing, Meta))
class Sub(Thing):
    pass
print(Sub.tag, type(Sub).__name__, Sub(1).made_by)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)

class CountMeta(type):
    def __len__(cls):
        return 99
    def describe(cls):
        return "class " + cls.__name__
class Counted(metaclass=CountMeta): pass
print(len(Counted), Counted.describe())
try:
    Counted().describe()
except AttributeError as e:
    print("AttributeError:", e)
