# An exception escaping asyncio.run prints a traceback through the coroutine frames and exits 1.
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ValueError("escaped")

async def main():
    print("main starts")
    await inner()

asyncio.run(main())
