# A cancelled child makes gather raise CancelledError while the others finish.
import asyncio

async def victim():
    await asyncio.sleep(10)

async def survivor():
    await asyncio.sleep(0.02)
    print("survivor finished")

async def main():
    v = asyncio.create_task(victim())
    s = asyncio.create_task(survivor())
    g = asyncio.gather(v, s)
    await asyncio.sleep(0)
    v.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    await s
    print("survivor done:", s.done(), "gather cancelled:", g.cancelled())

asyncio.run(main())
