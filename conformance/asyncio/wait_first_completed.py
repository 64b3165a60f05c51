# wait(FIRST_COMPLETED) returns as soon as one task is done.
import asyncio

async def delayed(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    fast = asyncio.create_task(delayed("fast", 0.01))
    slow = asyncio.create_task(delayed("slow", 0.05))
    done, pending = await asyncio.wait([fast, slow], return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done])
    print("pending is slow:", pending == {slow})
    slow.cancel()
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
