# Descriptors written in Python: __get__, __set__, __set_name__; data
# descriptors win over the instance dictionary, non-data ones do not.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name[1:] + " must be int")
        setattr(obj, self.name, value)

class Constant:
    def __get__(self, obj, owner=None):
        return 42

class Point:
    x = Typed()
    y = Typed()
    k = Constant()

p = Point()
p.x = 1
p.y = 2
print(p.x, p.y, p._x, type(Point.x).__name__)
try:
    p.x = "s"
except TypeError as e:
    print(e)
print(p.k, Point.k)
p.k = 7
print(p.k)
