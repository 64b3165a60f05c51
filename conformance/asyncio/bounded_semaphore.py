# BoundedSemaphore refuses a release above its initial value.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    async with sem:
        print("inside, locked:", sem.locked())
    print("locked after:", sem.locked())

asyncio.run(main())
