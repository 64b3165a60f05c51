# Cancelling a task blocked in sleep raises CancelledError at the await.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper: cancelled at the await")
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel returns:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main: awaiting raised CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())

asyncio.run(main())
