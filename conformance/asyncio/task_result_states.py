# done/cancelled/result/exception through a task's life.
import asyncio

async def work():
    await asyncio.sleep(0)
    return "value"

async def main():
    t = asyncio.create_task(work())
    print("pending: done", t.done(), "cancelled", t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result early:", e)
    await t
    print("finished: done", t.done(), "result", t.result(), "exception", t.exception())

asyncio.run(main())
