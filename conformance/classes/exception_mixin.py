# A mixin and an exception class as bases, and bases with no consistent
# method resolution order.
class Mixin:
    def describe(self):
        return "described " + str(self)
class MyErr(Mixin, ValueError):
    pass
try:
    raise MyErr("boom")
except ValueError as e:
    print(type(e).__name__, e.describe(), isinstance(e, Mixin), repr(e))
print(MyErr.__mro__)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
