# Cancelling the gather future cancels every child still running.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

asyncio.run(main())
