# sys.exc_info() during, after and in nested handlers.
import sys


def name():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, list(v.args) if v else None, tb is not None)


print("none:", name())
try:
    raise ValueError("outer")
except ValueError:
    print("outer:", name())
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", name())
    print("back to outer:", name())
print("after:", name())


def helper():
    return name()


try:
    1 / 0
except ZeroDivisionError:
    print("seen from a called function:", helper())
