# asyncio.timeout_at takes an absolute loop time; a past deadline expires at the first await.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("deadline reached")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")

asyncio.run(main())
