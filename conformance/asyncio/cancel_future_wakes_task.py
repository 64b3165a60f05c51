# Cancelling the future a task awaits raises CancelledError in the task, which can catch it.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter saw cancel:", list(e.args))
        return "recovered"

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.cancel("fut msg")
    print("task result:", await t)
    print("task cancelled:", t.cancelled())

asyncio.run(main())
