# wait() on a set Event returns True at once; clear() makes later waiters block.
import asyncio

async def main():
    ev = asyncio.Event()
    ev.set()
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("blocked until timeout")

asyncio.run(main())
