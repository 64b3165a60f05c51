# finally blocks run on cancellation and may await before the task ends.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally: start")
        await asyncio.sleep(0.01)
        print("finally: after await")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker cancelled")
    print("cancelled:", t.cancelled())

asyncio.run(main())
