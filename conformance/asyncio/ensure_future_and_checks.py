# ensure_future wraps coroutines in tasks and returns futures unchanged; isfuture and iscoroutine classify.
import asyncio

async def coro():
    return "c"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("future unchanged:", asyncio.ensure_future(fut) is fut)
    c = coro()
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(coro))
    t = asyncio.ensure_future(c)
    print("isfuture:", asyncio.isfuture(t), asyncio.isfuture(fut), asyncio.isfuture(c))
    print("task result:", await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    fut.cancel()

asyncio.run(main())
