# An exception thrown into a yield from chain and not handled: every level appears.
def inner():
    yield "inner ready"


def outer():
    yield from inner()


g = outer()
print(next(g))
g.throw(ValueError("thrown in"))
