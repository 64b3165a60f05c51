# uncancel() decrements the cancel count; a task can keep going after it.
import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling before:", me.cancelling())
        print("uncancel returns:", me.uncancel())
        print("cancelling after:", me.cancelling())
    await asyncio.sleep(0)
    return "finished"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    print("result:", await t)
    print("uncancel at zero:", t.uncancel())

asyncio.run(main())
