# main fails: the generators are still closed before the error reaches
# the caller of asyncio.run.
import asyncio

keep = []


async def gen():
    try:
        yield 1
    finally:
        print("gen: finally")


async def main():
    g = gen()
    keep.append(g)
    await g.__anext__()
    raise ValueError("main failed")


try:
    asyncio.run(main())
except ValueError as e:
    print("caught", e)
asyncio.run(main())
