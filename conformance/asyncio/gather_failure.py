# gather raises the first exception; the other awaitables keep running.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")

async def slow():
    await asyncio.sleep(0.02)
    print("slow still finished")
    return "slow"

async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.gather(fails(), t)
    except ValueError as e:
        print("gather raised:", e)
    print("slow cancelled:", t.cancelled())
    print("slow result:", await t)

asyncio.run(main())
