# PriorityQueue returns the smallest item first.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [5, 1, 4, 2, 3]:
        q.put_nowait(item)
    print("order:", [q.get_nowait() for _ in range(5)])
    for word in ["pear", "apple", "fig"]:
        await q.put(word)
    print("words:", [await q.get() for _ in range(3)])

asyncio.run(main())
