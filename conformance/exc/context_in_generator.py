# __context__ chaining inside a generator that is thrown into.
def g():
    try:
        yield 1
    except ValueError:
        raise KeyError("while handling thrown")


it = g()
next(it)
try:
    it.throw(ValueError("thrown"))
except KeyError as e:
    print("raised:", list(e.args))
    print("context:", type(e.__context__).__name__, list(e.__context__.args))


def h():
    try:
        raise ValueError("inside gen")
    except ValueError:
        yield "suspended"
        raise TypeError("after resume")


it = h()
next(it)
try:
    next(it)
except TypeError as e:
    print("context after resume:", type(e.__context__).__name__)
