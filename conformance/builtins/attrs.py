# getattr, hasattr, setattr, delattr, vars and dir.
class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), getattr(c, "y", "default"), getattr(c, "cls_attr"), hasattr(c, "x"), hasattr(c, "nope"), hasattr(c, "method"))
print(vars(c))
delattr(c, "x")
print(hasattr(c, "x"), vars(c))
c.a = 1
c.b = 2
print(sorted(vars(c)), "cls_attr" in vars(C), "method" in vars(C))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
print(dir([]) == sorted(dir([])), "append" in dir([]), "upper" in dir(""), "keys" in dir({}))
class D:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(D()))
import math
print("pi" in dir(math), "sqrt" in vars(math))
for f in [lambda: getattr(c, "nope"), lambda: getattr(1, "zz"), lambda: delattr(c, "nope"), lambda: delattr(1, "real"),
          lambda: vars(1), lambda: setattr(1, "a", 2), lambda: getattr(c, 1), lambda: hasattr(c), lambda: delattr(c, 5)]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
