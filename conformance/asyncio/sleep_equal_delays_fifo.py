# Tasks sleeping the same delay from the same step wake in start order.
import asyncio

async def sleeper(name):
    await asyncio.sleep(0.01)
    print("woke", name)

async def main():
    tasks = [asyncio.create_task(sleeper(n)) for n in ["a", "b", "c", "d"]]
    await asyncio.wait(tasks)

asyncio.run(main())
