# Queue.join waits until task_done has been called once per item.
import asyncio

async def worker(q, name, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001)
        log.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q, n, log)) for n in ["w1", "w2"]]
    await q.join()
    print("all processed:", sorted(log))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(r).__name__ for r in results])

asyncio.run(main())
