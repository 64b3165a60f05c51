# Cancelling an outer task propagates through a chain of awaited tasks.
import asyncio

async def leaf():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leaf cancelled")
        raise

async def middle():
    try:
        await asyncio.create_task(leaf())
    except asyncio.CancelledError:
        print("middle cancelled")
        raise

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")

asyncio.run(main())
