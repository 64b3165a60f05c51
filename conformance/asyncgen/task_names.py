# The tasks of asyncio.run's shutdown (shutdown_asyncgens and its aclose
# tasks) take numbers of the default task names.
import asyncio

keep = []


async def gen():
    try:
        yield 1
    finally:
        print("closing in", asyncio.current_task().get_name())


async def main(n):
    print("main", asyncio.current_task().get_name())
    for _ in range(n):
        g = gen()
        keep.append(g)
        await g.__anext__()


asyncio.run(main(1))
asyncio.run(main(0))
asyncio.run(main(2))
asyncio.run(main(0))
