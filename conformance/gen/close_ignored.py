# A generator that yields after GeneratorExit makes close() raise RuntimeError.
stop = False


def stubborn():
    while not stop:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
stop = True
print("finishing it by hand:", next(g, "exhausted"))


def reraiser():
    try:
        yield
    except GeneratorExit:
        print("caught GeneratorExit, re-raising")
        raise


r = reraiser()
next(r)
r.close()
print("re-raise accepted")


def returner():
    try:
        yield
    except GeneratorExit:
        print("caught GeneratorExit, returning")
        return "ignored"


q = returner()
next(q)
print("close returns", q.close())


def other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replaced")


o = other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close propagated", e)
