# Releasing an unlocked Lock raises RuntimeError.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("acquire:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    print("locked:", lock.locked())

asyncio.run(main())
