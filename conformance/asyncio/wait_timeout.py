# wait(timeout=) returns what finished so far and leaves the rest running.
import asyncio

async def delayed(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    quick = asyncio.create_task(delayed(0.01))
    slow = asyncio.create_task(delayed(0.5))
    done, pending = await asyncio.wait([quick, slow], timeout=0.05)
    print("done is quick:", done == {quick})
    print("pending is slow:", pending == {slow})
    print("slow still running:", not slow.done())
    slow.cancel()

asyncio.run(main())
