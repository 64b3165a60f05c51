# LifoQueue returns the most recently added item first; join works the same.
import asyncio

async def main():
    q = asyncio.LifoQueue()
    for item in ["a", "b", "c"]:
        await q.put(item)
    out = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    print("order:", out)
    await q.join()
    print("joined")

asyncio.run(main())
