# wait_for propagates the inner exception unchanged.
import asyncio

async def fails():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print("KeyError:", e)

asyncio.run(main())
