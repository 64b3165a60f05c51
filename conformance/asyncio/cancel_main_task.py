# A child task can cancel the main task; asyncio.run then raises CancelledError.
import asyncio

async def canceller(target):
    await asyncio.sleep(0)
    target.cancel()

async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("run raised CancelledError")
