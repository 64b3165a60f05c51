# super() in its zero- and two-argument forms: in classmethods and
# staticmethod-free helpers, through multiple inheritance following the
# C3 MRO, in __init_subclass__, and with properties.
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
    @property
    def label(self):
        return "A-label"

class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(A):
    def who(self):
        return ["C"] + super().who()
    @classmethod
    def make(cls):
        return "C>" + super(C, cls).make()

class D(B, C):
    def who(self):
        return ["D"] + super().who()
    @property
    def label(self):
        return "D+" + super().label

d = D()
print(d.who(), D.make(), d.make(), d.label)
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
print([k.__name__ for k in D.__mro__])
print(super(B, D).make())

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)

class One(Base): pass
class Two(One): pass
print(Base.registry)

class Helper(A):
    def outer(self):
        def inner():
            return "nested functions need the two-argument form"
        return inner(), super(Helper, self).who()
print(Helper().outer())

try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, d)
except TypeError as e:
    print("TypeError:", e)

class NoParent:
    def m(self):
        return super().m()
try:
    NoParent().m()
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(super(B, d), super), type(super(B, d)).__name__)
