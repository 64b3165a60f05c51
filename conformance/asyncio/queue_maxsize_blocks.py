# put() on a full Queue blocks until a consumer takes an item.
import asyncio

async def producer(q):
    for i in range(4):
        await q.put(i)
        print("put", i)

async def consumer(q):
    for _ in range(4):
        await asyncio.sleep(0.01)
        print("get", await q.get())

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
