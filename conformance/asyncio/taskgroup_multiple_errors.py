# Errors raised by several TaskGroup tasks in the same step are all collected.
import asyncio

async def fail(exc):
    # sleep(0), not a timer: both tasks must fail in the same loop pass, before the group cancels the other.
    await asyncio.sleep(0)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("one")))
            tg.create_task(fail(KeyError("two")))
    except ExceptionGroup as eg:
        print("count:", len(eg.exceptions))
        print("str:", str(eg))
        for e in eg.exceptions:
            print(type(e).__name__, repr(e))

asyncio.run(main())
