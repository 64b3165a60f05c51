# Which class BaseExceptionGroup() makes, and what a group holds.

excs = [ValueError(1), TypeError("two")]
eg = BaseExceptionGroup("many", excs)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(eg.message, type(eg.exceptions).__name__, len(eg.exceptions))
print(eg.exceptions[0] is excs[0], eg.exceptions[1] is excs[1])
print(repr(eg.args))
excs.append(KeyError(3))
print(len(eg.exceptions), len(eg.args[1]))
print(repr(ExceptionGroup("", (OSError("x"),))))
try:
    raise eg
except Exception as caught:
    print("caught as Exception:", caught is eg)
try:
    raise beg
except Exception:
    print("wrong")
except BaseExceptionGroup as caught:
    print("caught as BaseExceptionGroup:", caught.message)
try:
    eg.message = "other"
except AttributeError:
    print("message is read-only")
print(eg.__dict__)
eg.add_note("n")
print(eg.__dict__)
