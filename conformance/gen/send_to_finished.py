# Resuming a finished generator raises a bare StopIteration every time.
def g():
    yield 1
    return 2


it = g()
next(it)
for attempt in range(3):
    try:
        it.send(None)
    except StopIteration as e:
        print("attempt", attempt, "value", repr(e.value))
print(next(it, "default"))


def boom():
    yield 1
    raise KeyError("k")


b = boom()
next(b)
try:
    next(b)
except KeyError as e:
    print("KeyError", list(e.args))
print("then exhausted:", next(b, "exhausted"))
