# wait_for around shield: the timeout fires but the shielded task keeps running.
import asyncio

async def work(release):
    await release.wait()
    print("work finished")
    return "kept"

async def main():
    # The shielded task only finishes once main lets it, so the timeout always comes first.
    release = asyncio.Event()
    t = asyncio.create_task(work(release))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out, task cancelled:", t.cancelled())
    release.set()
    print("result:", await t)

asyncio.run(main())
