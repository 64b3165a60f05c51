# Tasks blocked in put() on a full Queue are served in FIFO order.
import asyncio

async def putter(q, item):
    await q.put(item)
    print("put", item)

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    tasks = [asyncio.create_task(putter(q, x)) for x in ["a", "b", "c"]]
    await asyncio.sleep(0)
    got = []
    for _ in range(4):
        got.append(await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("got:", got)

asyncio.run(main())
