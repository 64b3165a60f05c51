# wait_for with timeout <= 0 on an unfinished awaitable times out immediately and cancels it.
import asyncio

async def never():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(never())
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timed out")
    print("task cancelled:", t.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print("done future with 0:", await asyncio.wait_for(done, 0))

asyncio.run(main())
