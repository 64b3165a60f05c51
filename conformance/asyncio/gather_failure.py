# gather raises the first exception; the other awaitables keep running.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")

async def slow(release):
    await release.wait()
    print("slow still finished")
    return "slow"

async def main():
    # slow only finishes once main lets it, after gather has raised.
    release = asyncio.Event()
    t = asyncio.create_task(slow(release))
    try:
        await asyncio.gather(fails(), t)
    except ValueError as e:
        print("gather raised:", e)
    print("slow cancelled:", t.cancelled())
    release.set()
    print("slow result:", await t)

asyncio.run(main())
