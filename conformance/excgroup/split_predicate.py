# split() and subgroup() with a predicate, which sees the groups too.

seen = []


def pred(e):
    seen.append(repr(e))
    return isinstance(e, ValueError) and e.args[0] > 1


eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [ValueError(2), TypeError(3)]), ValueError(5)])
m, r = eg.split(pred)
print(repr(m))
print(repr(r))
for s in seen:
    print("asked:", s)
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(lambda e: False))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(repr(eg.split(lambda e: not isinstance(e, BaseExceptionGroup) and e.args[0] == 3)))


def boom(e):
    raise RuntimeError("predicate failed")


try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError:", e)


class Callable:
    def __call__(self, e):
        return isinstance(e, TypeError)


try:
    eg.subgroup(Callable())
except TypeError as e:
    print("callable object:", e)
try:
    eg.subgroup(len)
except TypeError as e:
    print("builtin function:", e)
print(repr(eg.subgroup(lambda e: 0)))
