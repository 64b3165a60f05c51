# Calls with several *iterables and positional arguments after them.
def f(*args, **kwargs):
    return args, kwargs
a, b = [1, 2], (3,)
print(f(*a, *b, 3))
print(f(0, *a, 9, *b, 10))
print(f(*a, *range(2), *"xy"))
print(f(x=1, *a))
print(f(*a, x=1, *b))
print(f(*(i for i in range(3)), 4))
print(*a, sep='')
print(*a, *b, sep='-', end='!\n')
print(max(*a, *b), min(0, *a), len([*a, *b]))
def g(p, q, r, s=4):
    return p, q, r, s
print(g(*a, 3), g(*[1], *[2], *[3], *[4]), g(1, *b, r=9) if False else g(1, 2, *b))
print(list(map(lambda *t: t, *[[1, 2], [3, 4]])))
class K:
    def m(self, *x):
        return x
print(K().m(*a, *b), K.m(K(), *a))
print(f(*[]), f(*[], *()), f(*{'k': 1}))
