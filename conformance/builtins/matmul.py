# The @ operator and __matmul__, __rmatmul__, __imatmul__.
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(("@", self.v, other.v if isinstance(other, M) else other))
    def __rmatmul__(self, other):
        return M(("r@", other, self.v))
    def __repr__(self):
        return "M(%r)" % (self.v,)
class I(M):
    def __imatmul__(self, other):
        self.v = ("i@", self.v, other)
        return self
a, b = M(1), M(2)
print(a @ b, 3 @ a, a @ 4)
c = M(5)
c @= 6
print(c)
d = I(7)
e = d
d @= 8
print(d, d is e)
class N:
    def __matmul__(self, other):
        return NotImplemented
for f in ["1 @ 2", "'a' @ 1", "N() @ 1", "x = 1; x @= 2", "[] @ []"]:
    try:
        exec(f)
    except TypeError as e:
        print("TypeError:", e)
