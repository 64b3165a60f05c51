# TaskGroup waits for all its tasks on exit; results are read from the tasks.
import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.02))
        b = tg.create_task(work("b", 0.01))
        print("inside the block")
    print("after the block:", a.result(), b.result())

asyncio.run(main())
