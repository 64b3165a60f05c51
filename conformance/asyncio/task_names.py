# Tasks are named Task-N in creation order unless named; set_name changes it.
import asyncio

async def noop():
    return None

async def main():
    print("main:", asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print("names:", a.get_name(), b.get_name(), c.get_name())
    c.set_name(99)
    print("set_name(99):", repr(c.get_name()))
    await asyncio.gather(a, b, c)

asyncio.run(main())
