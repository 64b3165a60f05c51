# sys.exc_info() inside a generator versus in its caller.
import sys


def show(label):
    t = sys.exc_info()[0]
    print(label, t.__name__ if t is not None else None)


def g():
    show("gen start:")
    try:
        raise ValueError("in gen")
    except ValueError:
        show("gen handling:")
        yield 1
        show("gen resumed:")
    show("gen after except:")
    yield 2


it = g()
next(it)
show("caller after first yield:")
try:
    raise KeyError("caller")
except KeyError:
    show("caller handling:")
    next(it)
    show("caller after resume:")
show("caller outside:")
