# int(), float(), round() and indexing use __int__, __float__, __round__
# and __index__, with CPython's errors when the class lacks them.
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
    def __round__(self, n=None):
        return ("round", n)

class OnlyIndex:
    def __index__(self):
        return 2

class Bad:
    def __int__(self):
        return "x"
    def __float__(self):
        return 1

n = N()
print(int(n), float(n), [0, 1, 2, 3, 4][n], round(n), round(n, 2), list(range(n)))
print(int(OnlyIndex()), float(OnlyIndex()), "abc"[OnlyIndex()])

class P:
    pass

for expr in ("int(P())", "float(P())", "round(P())", "int(Bad())", "float(Bad())"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
