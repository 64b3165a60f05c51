# A task that catches CancelledError and returns finishes normally.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught cancel")
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("result:", await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
