# vars() at module level, copies of the globals and changes made through
# the dict methods keep CPython's insertion order.
first = 1
second = 2
third = 3


def user(d):
    return [k for k in d if not k.startswith("__")]


print(vars() is globals())
print(user(vars()))
print(user(dict(globals())))
print(user(globals().copy()))
print(user({**globals()}))
print(user(reversed(globals()))[:4])
globals().update(omega=1, beta=2)
globals().setdefault("gamma", 3)
globals().pop("second")
second = 22
print(user(globals()))
print({k: v for k, v in globals().items() if k in ("first", "third", "omega", "beta", "gamma", "second")})
del first
print(user(globals().keys()))
first = 11
print(user(globals().values()) if False else user(globals())[-3:])
snapshot = {k: v for k, v in globals().items() if len(k) > 2 and not k.startswith("__") and not callable(v)}
print(snapshot)
