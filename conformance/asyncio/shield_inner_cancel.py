# shield: cancelling the shielded task itself does cancel the awaiter.
import asyncio

async def inner_work():
    await asyncio.sleep(10)

async def main():
    inner = asyncio.create_task(inner_work())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    print("inner cancelled:", inner.cancelled())

asyncio.run(main())
