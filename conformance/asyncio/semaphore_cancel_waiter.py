# A Semaphore waiter cancelled before it runs does not keep the permit; the next waiter gets it.
import asyncio

async def waiter(sem, name):
    try:
        async with sem:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(waiter(sem, "a"))
    b = asyncio.create_task(waiter(sem, "b"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b)
    print("locked at end:", sem.locked())

asyncio.run(main())
