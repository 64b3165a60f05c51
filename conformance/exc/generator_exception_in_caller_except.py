# A generator started inside the caller's except block sees the caller's exception in exc_info, not after.
import sys


def g():
    t = sys.exc_info()[0]
    yield t.__name__ if t else None
    t = sys.exc_info()[0]
    yield t.__name__ if t else None


it = g()
try:
    raise KeyError("x")
except KeyError:
    print("first resume inside except:", next(it))
print("second resume outside:", next(it))
