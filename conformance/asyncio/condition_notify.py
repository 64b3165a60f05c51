# Condition.notify(n) wakes n waiters in FIFO order; notify_all wakes the rest.
import asyncio

async def waiter(cond, name):
    async with cond:
        await cond.wait()
        print(name, "notified")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ["a", "b", "c", "d"]]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("notify_all now")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
