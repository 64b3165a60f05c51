# Condition.wait_for re-checks its predicate after every notification.
import asyncio

state = {"n": 0}

async def consumer(cond):
    async with cond:
        result = await cond.wait_for(lambda: state["n"] >= 3)
        print("predicate true, n =", state["n"], "result:", result)

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(consumer(cond))
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify()
    await t

asyncio.run(main())
