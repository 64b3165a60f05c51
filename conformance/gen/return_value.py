# return v in a generator becomes StopIteration.value.
def g():
    yield 1
    return "the result"


it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value))
    print("args:", list(e.args))


def empty_return():
    return
    yield


try:
    next(empty_return())
except StopIteration as e:
    print("bare return value:", repr(e.value), "args:", list(e.args))


def ret_tuple():
    yield
    return (1, 2)


it = ret_tuple()
next(it)
try:
    it.send(None)
except StopIteration as e:
    print("tuple value:", e.value)
try:
    next(it)
except StopIteration as e:
    print("after finish value:", repr(e.value))
