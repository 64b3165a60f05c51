# gather accepts futures and tasks alongside coroutines.
import asyncio

async def coro():
    return "coro"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future")
    task = asyncio.create_task(coro())
    print(await asyncio.gather(fut, task, coro()))

asyncio.run(main())
