# Awaiting a coroutine that is suspended inside another await is a RuntimeError.
import types

@types.coroutine
def pause():
    yield "paused"

async def worker():
    await pause()
    return "w"

w = worker()

async def first():
    return await w

async def second():
    return await w

a = first()
print("a yielded:", a.send(None))
b = second()
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.send(None)
except StopIteration as e:
    print("a finished:", e.value)
