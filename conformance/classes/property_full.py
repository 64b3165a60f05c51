# property: getter, setter and deleter; read-only and write-only errors
# with CPython's messages; docs; overriding one accessor in a subclass.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def ro(self):
        return "read only"
    wo = property(None, lambda self, v: print("wo set", v))

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.ro
except AttributeError as e:
    print("AttributeError:", e)
t.wo = 3
try:
    t.wo
except AttributeError as e:
    print("AttributeError:", e)

class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub sees %r" % self._c
s = Sub()
s.celsius = 10
print(s.celsius)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__["ro"], property))
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel)
class Computed:
    area = property(lambda self: self.w * self.h)
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Computed(2, 3).area)
