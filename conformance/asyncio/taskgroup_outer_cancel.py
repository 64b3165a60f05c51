# Cancelling the task that owns a TaskGroup cancels its children and raises CancelledError, not a group.
import asyncio

cancelled = []

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def owner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a"))
        tg.create_task(child("b"))

async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled:", t.cancelled())
    print("children cancelled:", sorted(cancelled))

asyncio.run(main())
