# A get() cancelled while waiting does not consume an item.
import asyncio

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print("task cancelled:", t.cancelled())
    print("qsize:", q.qsize(), "item:", q.get_nowait())

asyncio.run(main())
