# In a function, annotations of simple names are not evaluated or stored,
# but an annotated name is still local.
def f():
    x: undefined_name = 5
    y: also_undefined
    return x


print(f())


def g():
    v: int
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(g())
print(hasattr(f, "__annotations__"), f.__annotations__)


def h():
    z: int = 3

    def inner():
        return z
    return inner()


print(h())
