# The inner generator handles a thrown exception and returns; outer's yield from gets the value.
def inner():
    try:
        yield "inner waiting"
    except ValueError as e:
        return "inner handled " + str(e)
    return "inner normal"


def outer():
    r = yield from inner()
    print("outer got:", r)
    yield "outer next"
    r = yield from inner()
    print("outer got:", r)


g = outer()
print(next(g))
print("throw returned:", g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("finished")
