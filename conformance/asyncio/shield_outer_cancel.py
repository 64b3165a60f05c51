# shield: cancelling the awaiter does not cancel the shielded task.
import asyncio

async def important(release):
    await release.wait()
    print("important work finished")
    return "saved"

async def caller(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise

async def main():
    # The shielded task only finishes once main lets it, after the caller's cancellation is seen.
    release = asyncio.Event()
    inner = asyncio.create_task(important(release))
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller task cancelled:", t.cancelled())
    release.set()
    print("inner result:", await inner)

asyncio.run(main())
