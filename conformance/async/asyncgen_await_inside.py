# An async generator may await between yields; suspensions pass through __anext__.
import types

@types.coroutine
def pause(v):
    yield v

async def gen():
    await pause("before first")
    yield 1
    await pause("before second")
    yield 2

async def main():
    async for v in gen():
        print("item", v)
    return "end"

c = main()
try:
    while True:
        print("suspended:", c.send(None))
except StopIteration as e:
    print("value:", e.value)
