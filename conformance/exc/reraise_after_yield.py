# A yield inside except, then a bare raise after resuming, re-raises the handled exception.
def g():
    try:
        raise ValueError("original")
    except ValueError:
        yield "suspended in except"
        raise


it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("re-raised:", e)


def g2():
    try:
        raise KeyError("k")
    except KeyError:
        for i in range(2):
            yield i
        raise


try:
    for v in g2():
        print("value", v)
except KeyError as e:
    print("re-raised after loop:", list(e.args))
