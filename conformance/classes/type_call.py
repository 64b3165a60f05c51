# type() with one argument is the class; with three it makes a class like
# the class statement; setattr and getattr reach instances and classes.
class Base:
    def hello(self):
        return "hello from " + type(self).__name__

Dyn = type("Dyn", (Base,), {"x": 1, "double": lambda self: self.x * 2})
d = Dyn()
print(type(d) is Dyn, type(Dyn) is type, Dyn.__name__, Dyn.__bases__)
print(d.x, d.double(), d.hello(), isinstance(d, Base))
setattr(d, "x", 5)
print(d.double(), getattr(d, "x"), getattr(Dyn, "x"), getattr(d, "nope", "default"))
setattr(Dyn, "y", 9)
print(d.y, Dyn.y)
try:
    Dyn(1)
except TypeError as e:
    print(e)

class E(Exception):
    pass
err = E("m")
setattr(err, "detail", 3)
print(err.detail, getattr(err, "args"))
print(type(1), type("s"), type(Base))
