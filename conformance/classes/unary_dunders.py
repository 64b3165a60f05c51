# The unary and conversion dunders: -, +, ~, abs(), int(), float(),
# complex-free numeric conversions, __index__ in slicing and range, and
# divmod/pow with three arguments.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 10)
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v))
    def __index__(self): return self.v
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __pow__(self, o, mod=None): return ("pow", self.v, o, mod)
    def __repr__(self): return "N(%d)" % self.v

n = N(3)
print(-n, +n, ~n, abs(N(-4)))
print([0, 1, 2, 3, 4, 5][n], [0, 1, 2, 3, 4, 5][N(1):n], list(range(n)))
print(n.__divmod__(2), n.__rdivmod__(2), pow(n, 2), n ** 2)
print(int(n), float(n), "abc"[n - 0 if False else 1], [1, 2, 3, 4] * 1)
class Empty: pass
for expr in ["-Empty()", "+Empty()", "~Empty()", "abs(Empty())", "int(Empty())", "float(Empty())", "range(Empty())"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
