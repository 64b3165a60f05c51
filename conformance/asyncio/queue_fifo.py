# Queue is FIFO; qsize, empty and full track its contents.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print("empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)
    for i in range(3):
        await q.put(i)
    print("qsize:", q.qsize(), "full:", q.full())
    print("got:", [await q.get() for _ in range(3)])
    print("empty again:", q.empty())

asyncio.run(main())
