# asyncio.run and run_until_complete refuse to run inside a running loop.
import asyncio

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("run:", e)
    coro.close()
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete:", e)
    coro.close()

asyncio.run(main())
