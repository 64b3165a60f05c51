# Values yielded deep inside an await chain reach the driver; sent values come back.
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

async def inner():
    a = await suspend("first")
    b = await suspend("second")
    return a + b

async def outer():
    r = await inner()
    return r * 2

coro = outer()
print("yielded:", coro.send(None))
print("yielded:", coro.send(5))
try:
    coro.send(7)
except StopIteration as e:
    print("result:", e.value)
