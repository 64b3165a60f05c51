# An exception in the TaskGroup body cancels the tasks and is wrapped in an ExceptionGroup.
import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("caught group:", [repr(e) for e in eg.exceptions])

asyncio.run(main())
