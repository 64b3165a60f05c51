# Default, keyword-only, *args and **kwargs parameters.
def f(a, b=2, *args, c=3, **kw):
    return "a=%r b=%r args=%r c=%r kw=%r" % (a, b, args, c, [(k, kw[k]) for k in sorted(kw)])


print(f(1))
print(f(1, 5, 6, 7))
print(f(1, c=9, z=0))
print(f(*[1, 2, 3, 4], **{"c": 4, "d": 5}))


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print(mutable_default(1), mutable_default(2))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
