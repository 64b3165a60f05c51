# gather(return_exceptions=True) puts exceptions in the result list.
import asyncio

async def ok(x):
    return x

async def bad(msg):
    raise KeyError(msg)

async def cancelled():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

async def main():
    results = await asyncio.gather(ok(1), bad("k"), ok(3), cancelled(), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))

asyncio.run(main())
