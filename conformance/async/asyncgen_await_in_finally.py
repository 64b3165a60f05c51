# aclose() of an async generator whose finally awaits: the await suspends aclose().
import types

@types.coroutine
def pause(v):
    yield v

async def gen():
    try:
        yield "item"
    finally:
        await pause("cleaning up")
        print("cleanup finished")

g = gen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first item:", e.value)
closer = g.aclose()
print("aclose suspended with:", closer.send(None))
try:
    closer.send(None)
except StopIteration as e:
    print("aclose finished:", e.value)
