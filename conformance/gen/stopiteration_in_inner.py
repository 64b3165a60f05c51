# PEP 479 inside a yield from chain: the inner generator's RuntimeError reaches the outer caller.
def inner():
    yield 1
    raise StopIteration("leak")


def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer caught RuntimeError:", e)
        yield "outer recovered"


print(list(outer()))


def returns_stopiteration():
    yield 1
    return StopIteration("as a value")


g = returns_stopiteration()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value is a StopIteration instance:", type(e.value).__name__, list(e.value.args))
