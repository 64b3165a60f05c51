def outer(a, b=2):
    def inner(c):
        return a + b + c
    return inner
print(outer(1)(3))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = counter()
f(); f()
print(f())

def mixed(x):
    y = 10
    def mid():
        z = 100
        def leaf():
            return x + y + z
        return leaf
    return mid()()
print(mixed(1))

def param_cell(p, *args, **kw):
    return lambda: (p, args, sorted(kw))
print(param_cell(1, 2, 3, k=4)())
