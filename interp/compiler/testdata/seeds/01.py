def f(a, b=2, *c, d, e=3, **f):
    return a
