# Positional-only parameters.
def f(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)


print(f(1), f(1, 5), f(1, 5, 6), f(1, c=7, d=8))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)


def g(a, b, /):
    return a + b


print(g(1, 2), g.__code__.co_posonlyargcount)


def kw(a, /, **kwargs):
    return a, kwargs


print(kw(1, a=2, b=3))
lam = lambda x, y=1, /, z=2: (x, y, z)
print(lam(1), lam(1, 2, z=3), lam.__code__.co_posonlyargcount)


def star(a, /, *args, **kw):
    return a, args, kw


print(star(1, 2, 3, a=4))


class C:
    def m(self, x, /, y):
        return x, y

    @staticmethod
    def s(x, /):
        return x


print(C().m(1, y=2), C.s(3), C.m.__code__.co_posonlyargcount)


def plain(a, b):
    pass


print(plain.__code__.co_posonlyargcount)
