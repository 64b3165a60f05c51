# With nested timeouts the one that expires first is the one that raises.
import asyncio

async def main():
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(0)
            print("outer still running")
    except TimeoutError:
        print("outer fired (wrong)")
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(1):
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer timeout fired through inner block")

asyncio.run(main())
