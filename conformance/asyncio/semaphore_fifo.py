# Semaphore waiters are woken in FIFO order.
import asyncio

async def waiter(sem, name):
    async with sem:
        print("acquired", name)
        await asyncio.sleep(0)

async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(sem, n)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0)
    sem.release()
    await asyncio.gather(*tasks)

asyncio.run(main())
