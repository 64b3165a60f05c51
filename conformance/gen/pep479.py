# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("inner")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause is StopIteration:", type(e.__cause__).__name__, list(e.__cause__.args))


def via_next():
    it = iter([])
    yield next(it)


try:
    list(via_next())
except RuntimeError as e:
    print("list():", e)


def guarded():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v


print(list(guarded()))
