# async with lock releases the lock when the body raises.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("inside, locked:", lock.locked())
            raise ValueError("inside")
    except ValueError as e:
        print("caught:", e)
    print("locked after:", lock.locked())

asyncio.run(main())
