# A Condition can share an existing Lock; locked() reflects that lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print("cond locked via lock:", cond.locked())
    async with cond:
        print("lock locked via cond:", lock.locked())
    print("both free:", lock.locked(), cond.locked())

asyncio.run(main())
