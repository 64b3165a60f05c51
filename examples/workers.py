# A pool of asyncio workers draining a queue of jobs, with a timeout on the
# slow ones and a context variable telling each log line which worker wrote it.
import asyncio
import contextvars

worker_name = contextvars.ContextVar("worker_name", default="main")


def log(message):
    print(f"[{worker_name.get():>8}] {message}")


async def job(n):
    # Jobs take n ticks of 10 ms; job 20 is too slow for its 100 ms deadline.
    await asyncio.sleep(0.01 * n)
    return n * n


async def worker(name, queue, results):
    worker_name.set(name)
    while True:
        n = await queue.get()
        try:
            square = await asyncio.wait_for(job(n), timeout=0.1)
            results.append((n, square))
            log(f"job {n} -> {square}")
        except TimeoutError:
            log(f"job {n} timed out")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in [1, 20, 2, 3]:
        queue.put_nowait(n)
    results = []
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log(f"done: {sorted(results)}")


asyncio.run(main())
