# wait() and notify() on a Condition whose lock is not held raise RuntimeError.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("notify_all:", e)

asyncio.run(main())
