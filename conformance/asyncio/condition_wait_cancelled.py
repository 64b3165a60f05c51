# A Condition waiter cancelled while waiting re-acquires the lock before CancelledError propagates.
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled, holds lock:", cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print("lock free afterwards:", not cond.locked())

asyncio.run(main())
