# A task cancelled before its first step never runs its body.
import asyncio

async def worker():
    print("body ran")

async def main():
    t = asyncio.create_task(worker())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")
    print("cancelled:", t.cancelled())

asyncio.run(main())
