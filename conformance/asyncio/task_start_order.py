# Tasks start in creation order, and only once the creator yields.
import asyncio

order = []

async def worker(name):
    order.append("start " + name)
    await asyncio.sleep(0)
    order.append("resume " + name)

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in ["a", "b", "c"]]
    order.append("created")
    await asyncio.sleep(0)
    order.append("main resumed")
    await asyncio.gather(*tasks)
    for line in order:
        print(line)

asyncio.run(main())
