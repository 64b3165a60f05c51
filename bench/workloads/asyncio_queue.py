# Queue ping-pong: a producer and a consumer passing n items through asyncio.Queue(maxsize=1).
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)


async def consumer(q, n):
    for _ in range(n):
        await q.get()
        q.task_done()


async def main(n):
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q, n), consumer(q, n))
    await q.join()


def run(n):
    asyncio.run(main(n))
