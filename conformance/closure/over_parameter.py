# A closure over a function parameter (the parameter becomes a cell).
def adder(n):
    def add(x):
        return x + n
    return add


add3 = adder(3)
add10 = adder(10)
print(add3(1), add10(1), add3(add10(0)))


def scale(factor, *rest, **kw):
    def f(x):
        return x * factor + len(rest) + len(kw)
    return f


print(scale(2)(5), scale(2, 0, 0)(5), scale(3, a=1)(1))


def param_rebound(v):
    def get():
        return v
    v = v * 2
    return get


print(param_rebound(21)())
