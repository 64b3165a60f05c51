# split() and subgroup() with an exception class.

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(ValueError)))
print(repr(eg.split(LookupError)))
print(repr(eg.split(OSError)))
print(eg.subgroup(OSError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.subgroup(ExceptionGroup) is eg)
print(eg.subgroup(BaseException) is eg)
m, r = eg.split(ValueError)
print(m.exceptions[0] is eg.exceptions[0], r.exceptions[0] is eg.exceptions[1])
print(type(m).__name__, m.message)
base = BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])
m, r = base.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(r))
m, r = base.split(KeyboardInterrupt)
print(type(m).__name__, type(r).__name__)
for bad in (1, "x", (ValueError, 1), int, (int,)):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.subgroup()
except TypeError as e:
    print("TypeError:", e)
