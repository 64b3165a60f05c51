# property (decorator and call forms, getter/setter/deleter), classmethod
# and staticmethod called through the class and through instances.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "degrees"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = 0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    f = property(_get_f)

    @classmethod
    def named(cls, name):
        return cls.__name__ + ":" + name
    @staticmethod
    def add(a, b):
        return a + b

t = Temp()
t.c = 100
print(t.c, t.f)
del t.c
print(t.c, Temp.c.__doc__)
try:
    t.c = -300
except ValueError as e:
    print(e)
try:
    t.f = 1
except AttributeError as e:
    print(e)
print(Temp.named("x"), t.named("y"), Temp.add(1, 2), t.add(3, 4))
print(type(Temp.__dict__["c"]).__name__, isinstance(Temp.c, property))
