# Semaphore.locked() is true when no permit is left; release may exceed the start value.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    print("locked:", sem.locked())
    await sem.acquire()
    print("locked after acquire:", sem.locked())
    sem.release()
    sem.release()
    await sem.acquire()
    print("locked with one permit left:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
