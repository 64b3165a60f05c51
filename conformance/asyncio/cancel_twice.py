# Two cancel() calls before the task runs count twice in cancelling() but raise once.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled once, cancelling =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("first:", t.cancel())
    print("second:", t.cancel())
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("done cancelled:", t.cancelled())

asyncio.run(main())
