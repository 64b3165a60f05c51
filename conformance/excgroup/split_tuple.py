# split() and subgroup() with a tuple of exception classes.

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), ZeroDivisionError(4)])
m, r = eg.split((ValueError, KeyError))
print(repr(m))
print(repr(r))
print(repr(eg.subgroup((ArithmeticError, LookupError))))
print(eg.subgroup(()) is None)
print(repr(eg.split(())))
print(eg.subgroup((ValueError, TypeError, KeyError, ZeroDivisionError)) is eg)
print(eg.subgroup((Exception,)) is eg)
