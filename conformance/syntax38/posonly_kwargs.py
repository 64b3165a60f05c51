# A **kwargs parameter receives keys equal to positional-only names.
def f(a, b=1, /, **kw):
    return a, b, kw


print(f(1, a=2, b=3))
print(f(1, 2, **{"a": "x", "c": "y"}))


def g(x, /, *, x2=0, **rest):
    return x, x2, rest


print(g(0, x=1, x2=2))


def wrapper(func, /, *args, **kwargs):
    return func(*args, **kwargs)


print(wrapper(dict, func=1, a=2))


def h(self, /, other):
    return self, other


print(h(1, other=2))
try:
    h(1, self=2, other=3)
except TypeError as e:
    print("TypeError:", e)


class Meta:
    def __call__(self, value, /, **options):
        return value, options


print(Meta()(3, value=4))
