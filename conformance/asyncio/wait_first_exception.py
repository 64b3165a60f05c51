# wait(FIRST_EXCEPTION) returns at the first failure without raising it.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def ok():
    await asyncio.sleep(0.005)
    return "ok"

async def slow():
    await asyncio.sleep(1)

async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(fails())
    c = asyncio.create_task(slow())
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("done count:", len(done), "pending is slow:", pending == {c})
    print("exception:", repr(b.exception()))
    c.cancel()

asyncio.run(main())
