# Lock waiters acquire in FIFO order.
import asyncio

async def waiter(lock, name):
    await lock.acquire()
    print("acquired", name)
    await asyncio.sleep(0)
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(waiter(lock, n)) for n in ["first", "second", "third"]]
    await asyncio.sleep(0)
    print("main releases")
    lock.release()
    await asyncio.gather(*tasks)

asyncio.run(main())
