# The asyncio module with its synchronization primitives and queues; the
# expected output is CPython 3.11's.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            return
        out.append(item)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out)
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append("in " + name)
            await asyncio.sleep(0.001)
            order.append("out " + name)

    await asyncio.gather(critical("a"), critical("b"))
    print(order)
    ev = asyncio.Event()
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print(await waiter)
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    f = asyncio.Future()
    asyncio.get_running_loop().call_soon(f.set_result, "made by Future()")
    print(await f)


asyncio.run(main())
