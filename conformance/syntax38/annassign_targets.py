# Attribute and subscript targets: the value is stored; without a value
# the target's parts are still evaluated (in any scope), the annotation
# only in module and class bodies.
log = []


class Obj:
    pass


def get(name, v):
    log.append(name)
    return v


o = Obj()
get("obj", o).attr: get("ann1", int) = get("val1", 1)
print(o.attr, log)
log.clear()
d = {}
get("dict", d)[get("key", "k")]: get("ann2", int) = get("val2", 2)
print(d, log)
log.clear()
get("obj2", o).other: get("ann3", int)
print(hasattr(o, "other"), log)
log.clear()
get("dict2", d)[get("key2", "j")]: get("ann4", int)
print(d, log)
print(__annotations__)


def f():
    log.clear()
    get("fobj", o).attr: get("fann", int)
    get("fdict", d)[get("fkey", 0)]: get("fann2", int)
    get("fobj2", o).attr: get("fann3", int) = get("fval", 7)
    print(log, o.attr)


f()


class C:
    def __init__(self):
        self.a: int = 10
        self.b: list = []


c = C()
print(c.a, c.b, C.__dict__.get("__annotations__"))
