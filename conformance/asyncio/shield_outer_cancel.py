# shield: cancelling the awaiter does not cancel the shielded task.
import asyncio

async def important():
    await asyncio.sleep(0.02)
    print("important work finished")
    return "saved"

async def caller(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise

async def main():
    inner = asyncio.create_task(important())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller task cancelled:", t.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
