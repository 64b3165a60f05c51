# __getattr__, __getattribute__, __setattr__ and __delattr__.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "computed " + name

l = Lazy()
print(l.real, l.other, getattr(l, "x"), hasattr(l, "anything"))

class Guard:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
    def __getattribute__(self, k):
        if k.startswith("_"):
            raise AttributeError("private " + k)
        return object.__getattribute__(self, k)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)

g = Guard()
g.x = 5
g._y = 6
print(g.x, hasattr(g, "_y"))
del g.x
try:
    g.x
except AttributeError as e:
    print(e)
try:
    del g.nothing
except AttributeError as e:
    print(e)

class Plain:
    pass
p = Plain()
p.a = 1
print(p.__dict__)
try:
    p.b
except AttributeError as e:
    print(e)
