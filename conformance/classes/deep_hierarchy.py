# A 500-level class hierarchy: attribute lookup, isinstance, the MRO
# length, super() chains and method overriding all work at depth.
classes = [object]
for i in range(500):
    ns = {"level": i}
    if i % 100 == 0:
        ns["mark"] = lambda self, i=i: "mark %d" % i
    classes.append(type("C%d" % i, (classes[-1],), ns))
Last = classes[-1]
obj = Last()
print(obj.level, obj.mark(), len(Last.__mro__), isinstance(obj, classes[1]), issubclass(Last, classes[250]))
print(Last.__mro__[1].__name__, Last.__mro__[-2].__name__, type(obj).__name__)

class Base:
    def depth(self):
        return 0
cls = Base
for i in range(500):
    cls = type("D%d" % i, (cls,), {"depth": lambda self, _i=i: _i + 1})
print(cls().depth(), len(cls.__mro__), cls.__mro__[250].depth(cls()))

class Chain:
    def total(self):
        return 1
k = Chain
for i in range(200):
    exec("class Step(k):\n    def total(self):\n        return 1 + super().total()\n")
    k = Step
print(k().total())
