# * and ** in class definitions and in calls to methods and classes.
class Base1: pass
class Base2: pass
bases = [Base1, Base2]
class C(*bases):
    pass
print([b.__name__ for b in C.__bases__])
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta', name, [b.__name__ for b in bases], kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
opts = {'flag': 1}
class E(Base1, *[Base2], metaclass=Meta, **opts, other=2):
    pass
class F(*(), **{'metaclass': Meta}):
    pass
class P:
    def __init__(self, *a, **k):
        self.a, self.k = a, k
    def __repr__(self):
        return 'P%r%r' % (self.a, self.k)
print(P(*[1], *[2], **{'x': 1}, y=2), P(**{}), P(*'ab', c=3))
print(str(*['x']), int(*['7'], **{'base': 8}), sorted(*[[3, 1, 2]], **{'reverse': True}))
