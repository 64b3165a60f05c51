# Reflected and in-place operators: NotImplemented from the left operand
# hands over to the right operand's reflected method; a subclass on the
# right that overrides the reflected method goes first; in-place methods
# fall back to the binary ones; both NotImplemented is a TypeError.
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("A.__add__", type(o).__name__)
        if isinstance(o, A):
            return A(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__", type(o).__name__)
        if isinstance(o, int):
            return A(self.v + o)
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)

class B(A):
    def __radd__(self, o):
        print("B.__radd__", type(o).__name__)
        return B(o.v * 100 + self.v)

print(A(1) + A(2))
print(1 + A(2))
print(A(1) + B(2))
try:
    A(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    A(1) - A(2)
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
    def __repr__(self):
        return "Acc(%r)" % self.items

a = Acc()
b = a
a += 1
a += 2
print(a, a is b)

class OnlyAdd:
    def __add__(self, o):
        return "added %r" % (o,)
x = OnlyAdd()
x += 5
print(x)

class NoIAdd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
y = NoIAdd()
y += 1
print(y)

class R:
    def __rsub__(self, o):
        return "rsub %r" % (o,)
    def __rmul__(self, o):
        return "rmul %r" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv %r" % (o,)
    def __rfloordiv__(self, o):
        return "rfloordiv %r" % (o,)
    def __rmod__(self, o):
        return "rmod %r" % (o,)
    def __rpow__(self, o):
        return "rpow %r" % (o,)
    def __rlshift__(self, o):
        return "rlshift %r" % (o,)
    def __rrshift__(self, o):
        return "rrshift %r" % (o,)
    def __rand__(self, o):
        return "rand %r" % (o,)
    def __ror__(self, o):
        return "ror %r" % (o,)
    def __rxor__(self, o):
        return "rxor %r" % (o,)
r = R()
print(1 - r, 2 * r, 4 // r, 5 % r, 6 ** r)
print(7 << r, 8 >> r, 9 & r, 10 | r, 11 ^ r)
print([1] * 2, "ab" * 2)
for op in ["-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"]:
    try:
        eval("object() " + op + " 1")
    except TypeError as e:
        print("TypeError:", e)
