# __set_name__ runs and a metaclass sees the namespace in the order the
# class body defines its names.
class D:
    def __set_name__(self, owner, name):
        print("set_name", name)
class C:
    zeta = D()
    alpha = D()
    def method(self): pass
    mid = D()
class Meta(type):
    def __new__(m, name, bases, ns):
        print([k for k in ns if not k.startswith("__")])
        return super().__new__(m, name, bases, ns)
class E(metaclass=Meta):
    z = 1
    def f(self): pass
    a = 2
    @property
    def p(self): return 1
