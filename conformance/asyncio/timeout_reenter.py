# An asyncio.timeout context manager cannot be entered a second time.
import asyncio

async def main():
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
