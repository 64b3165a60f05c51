# cr_await shows the object the coroutine is awaiting, level by level.
import types

@types.coroutine
def pause():
    yield "p"

async def a():
    await pause()

async def b():
    await a()

c = b()
c.send(None)
x = c.cr_await
print(type(x).__name__, x.__name__)
y = x.cr_await
print(type(y).__name__, y.__name__)
print(y.gi_yieldfrom)
c.close()
