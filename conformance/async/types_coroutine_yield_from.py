# A types.coroutine generator can `yield from` a native coroutine.
import types

async def native():
    return "from native"

@types.coroutine
def bridge():
    r = yield from native()
    return "bridge got " + r

async def main():
    return await bridge()

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
