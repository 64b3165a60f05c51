# When one TaskGroup task fails, its siblings are cancelled and an ExceptionGroup is raised.
import asyncio

cancelled = []

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def sibling(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("x"))
            tg.create_task(fails())
            tg.create_task(sibling("y"))
    except ExceptionGroup as eg:
        print("group message:", str(eg))
        for e in eg.exceptions:
            print("member:", type(e).__name__, e)
    print("siblings cancelled:", sorted(cancelled))

asyncio.run(main())
