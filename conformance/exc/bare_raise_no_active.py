# A bare raise with no exception being handled is a RuntimeError.
def f():
    raise


try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)


def g():
    yield 1
    raise


it = g()
next(it)
try:
    next(it)
except RuntimeError as e:
    print("in generator:", e)

try:
    raise ValueError("handled")
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("after handler finished:", e)
