# yield from a generator that already finished returns None immediately.
def inner():
    yield 1
    return "ret"


i = inner()
print(list(i))


def outer():
    r = yield from i
    print("result of exhausted:", r)
    yield "outer continues"


print(list(outer()))


def twice(sub):
    a = yield from sub
    b = yield from sub
    return (a, b)


t = twice(inner())
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("values:", e.value)
