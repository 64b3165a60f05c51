# PriorityQueue consumers see items by priority and join waits for all task_done calls.
import asyncio

async def consumer(q, seen):
    while True:
        item = await q.get()
        seen.append(item)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for item in [30, 10, 20]:
        q.put_nowait(item)
    seen = []
    c = asyncio.create_task(consumer(q, seen))
    await q.join()
    print("seen:", seen)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer stopped")

asyncio.run(main())
