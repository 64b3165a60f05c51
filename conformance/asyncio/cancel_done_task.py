# cancel() on a finished task returns False and changes nothing.
import asyncio

async def worker():
    return 7

async def main():
    t = asyncio.create_task(worker())
    print("result:", await t)
    print("cancel:", t.cancel())
    print("cancelled:", t.cancelled(), "result:", t.result())

asyncio.run(main())
