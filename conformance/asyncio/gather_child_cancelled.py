# A cancelled child makes gather raise CancelledError while the others finish.
import asyncio

async def victim():
    await asyncio.sleep(10)

async def survivor(release):
    await release.wait()
    print("survivor finished")

async def main():
    # survivor only finishes once main lets it, after gather has raised.
    release = asyncio.Event()
    v = asyncio.create_task(victim())
    s = asyncio.create_task(survivor(release))
    g = asyncio.gather(v, s)
    await asyncio.sleep(0)
    v.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    release.set()
    await s
    print("survivor done:", s.done(), "gather cancelled:", g.cancelled())

asyncio.run(main())
