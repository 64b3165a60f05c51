# close() on the outer generator when the inner catches GeneratorExit.
def inner_returns():
    try:
        yield 1
    except GeneratorExit:
        print("inner caught GeneratorExit and returns")
        return "ignored"


def inner_yields():
    try:
        yield 1
    except GeneratorExit:
        print("inner caught GeneratorExit and yields")
        yield 2


def outer(sub):
    try:
        yield from sub
        print("outer continued after inner (wrong)")
    finally:
        print("outer finally")


g = outer(inner_returns())
next(g)
g.close()
print("close ok")
g = outer(inner_yields())
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
