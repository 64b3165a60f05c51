# Binary operators dispatch to the class's methods, reflected methods run
# when the left operand gives NotImplemented, in-place methods fall back to
# the plain operator.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __mod__(self, k):
        return V(self.x % k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __repr__(self):
        return "V(%r)" % (self.x,)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self

a, b = V(3), V(4)
print(a + b, a + 1, 1 + a, b - a, a * 2, 2 * a)
print(b / 2, b // 3, b % 3, a ** 2, -a, abs(V(-5)))
c = a
c += b
print(c, a, c is a)
acc = Acc()
before = acc
acc += 1
acc += 2
print(acc.items, acc is before)
for expr in ("a + 'x'", "'x' + a", "a - 1", "~a", "+a"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
