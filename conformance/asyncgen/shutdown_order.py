# asyncio.run's shutdown order: pending tasks are cancelled first, then the
# async generators are closed, then the loop closes.
import asyncio

keep = []


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen: finally, loop running:", asyncio.get_running_loop().is_running())
        await asyncio.sleep(0)
        print("gen: finally done")


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("task: cancelled")


async def main():
    asyncio.create_task(forever())
    g = gen()
    keep.append(g)
    print(await g.__anext__())
    await asyncio.sleep(0)
    print("main: end")


asyncio.run(main())
print("after run")
