# get_nowait on an empty Queue raises QueueEmpty; put_nowait on a full one raises QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", type(e).__name__, list(e.args))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull:", type(e).__name__, list(e.args))
    print("item:", q.get_nowait())

asyncio.run(main())
