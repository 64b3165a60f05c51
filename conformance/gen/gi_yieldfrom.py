# gi_yieldfrom names the iterator a generator is delegating to.
def inner():
    yield "i1"
    yield "i2"


def outer():
    yield "before"
    yield from inner()
    yield "after"


g = outer()
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.gi_code.co_name)
print(next(g), g.gi_yieldfrom.gi_code.co_name)
print(next(g), g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)
