# Tasks blocked in get() are served in the order they started waiting.
import asyncio

async def getter(q, name):
    print(name, "got", await q.get())

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, n)) for n in ["g1", "g2", "g3"]]
    await asyncio.sleep(0)
    for item in ["x", "y", "z"]:
        q.put_nowait(item)
    await asyncio.gather(*tasks)

asyncio.run(main())
