# Rich comparisons: the class's methods, the reflected method of the other
# operand, object's identity fallback for == and !=, TypeError for ordering.
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return "N(%d)" % self.v

a, b = N(1), N(2)
print(a == N(1), a != N(1), a == b, a != b)
print(a < b, b > a, a <= b, b >= a, b < a)
print(sorted([N(3), N(1), N(2)]), min(N(5), N(4)), max([N(1), N(9), N(3)]))
print(a == 1, 1 == a, a != "x")

class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for expr in ("p < q", "p >= q", "a < 1", "1 > p"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != 3, OnlyEq() == 3)
