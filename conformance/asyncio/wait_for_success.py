# wait_for returns the result when the awaitable finishes in time; None means no limit.
import asyncio

async def quick(x):
    await asyncio.sleep(0)
    return x + 1

async def main():
    print("in time:", await asyncio.wait_for(quick(1), 1))
    print("no timeout:", await asyncio.wait_for(quick(2), None))
    t = asyncio.create_task(quick(3))
    print("task:", await asyncio.wait_for(t, 1))

asyncio.run(main())
