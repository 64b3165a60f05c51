# An exception from an awaited task escapes asyncio.run with the task's frames in the traceback.
import asyncio

async def worker(x):
    return 10 // x

async def main():
    t = asyncio.create_task(worker(0))
    print("awaiting worker")
    return await t

asyncio.run(main())
