# call_soon passes positional arguments; callbacks scheduled by callbacks run in a later pass.
import asyncio

order = []

def outer(loop, n):
    order.append(("outer", n))
    loop.call_soon(inner, n * 10)

def inner(n):
    order.append(("inner", n))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(outer, loop, 1)
    loop.call_soon(outer, loop, 2)
    await asyncio.sleep(0.01)
    for item in order:
        print(item[0], item[1])

asyncio.run(main())
