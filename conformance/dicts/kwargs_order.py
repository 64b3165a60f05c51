# **kwargs keeps the order of the call.
def f(**kw):
    return kw
print(f(z=1, a=2, m=3))
print(f(**{"q": 1, "b": 2}, c=3) if False else f(c=3, **{"q": 1, "b": 2}))
def g(a, *args, b=0, **kw):
    print(a, args, b, kw, type(kw).__name__)
g(1, 2, 3, y=1, b=5, x=2)
g(**{"a": 1, "zz": 2, "aa": 3})
d = {"b": 1, "a": 2}
print(dict(**d), dict(d, c=3, b=4))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
class M:
    def keys(self):
        return ["k2", "k1"]
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))
def h(**kw):
    kw["new"] = 1
    return kw
print(h(b=2, a=1), list(h(x=0)))
