# A block that finishes in time is not affected by asyncio.timeout.
import asyncio

async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
        result = "finished"
    print(result, "expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.001)
    print("no deadline:", cm2.when(), cm2.expired())

asyncio.run(main())
