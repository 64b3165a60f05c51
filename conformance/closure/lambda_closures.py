# Lambdas close over enclosing variables like defs do.
def compose(f, g):
    return lambda x: f(g(x))


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))


def curry(a):
    return lambda b: lambda c: a * 100 + b * 10 + c


print(curry(1)(2)(3))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print([(k, ops[k](7, 2)) for k in sorted(ops)])
