# The handled exception is restored when an except block is left, even across calls.
import sys


def current():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def inner():
    try:
        raise KeyError("inner")
    except KeyError:
        return current()


try:
    raise ValueError("outer")
except ValueError:
    print("inner saw:", inner())
    print("outer still:", current())

try:
    raise ValueError("x")
except ValueError:
    pass
print("after except:", current())


def raiser():
    try:
        raise IndexError("i")
    except IndexError:
        raise TypeError("t")


try:
    raiser()
except TypeError:
    print("handling:", current())
print("outside:", current())
