# wait() by default waits for everything, failures included.
import asyncio

async def job(x):
    await asyncio.sleep(0.01 * x)
    if x == 2:
        raise ValueError(x)
    return x

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks)
    print("done:", len(done), "pending:", len(pending))
    for t in tasks:
        if t.exception() is not None:
            print("failed:", repr(t.exception()))
        else:
            print("result:", t.result())

asyncio.run(main())
