# shield of a finished future returns it unchanged; shield of a coroutine wraps it in a task.
import asyncio

async def value():
    return 5

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(3)
    print("same object:", asyncio.shield(fut) is fut)
    print("coroutine result:", await asyncio.shield(value()))

asyncio.run(main())
