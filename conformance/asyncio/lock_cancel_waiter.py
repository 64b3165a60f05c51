# A waiter cancelled while queued for a Lock does not take it; the next one does.
import asyncio

async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, "a"))
    b = asyncio.create_task(waiter(lock, "b"))
    await asyncio.sleep(0)
    a.cancel()
    lock.release()
    await asyncio.gather(a, b)
    print("locked:", lock.locked())

asyncio.run(main())
