# gather of gathers returns nested lists; a failure deep inside reaches the top.
import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x

async def fail():
    await asyncio.sleep(0)
    raise IndexError("deep")

async def main():
    inner1 = asyncio.gather(value(1), value(2))
    inner2 = asyncio.gather(value(3))
    print("nested:", await asyncio.gather(inner1, inner2, value(4)))
    try:
        await asyncio.gather(value(5), asyncio.gather(value(6), fail()))
    except IndexError as e:
        print("IndexError:", e)

asyncio.run(main())
