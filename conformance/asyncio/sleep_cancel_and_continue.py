# A task can catch a cancellation during sleep and keep sleeping afterwards.
import asyncio

async def resilient():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept", i)
        except asyncio.CancelledError:
            print("cancel caught at step", i)
    return "done"

async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.01)
    t.cancel()
    print("result:", await t)

asyncio.run(main())
