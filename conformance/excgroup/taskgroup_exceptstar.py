# asyncio.TaskGroup's errors handled with except*.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            # Far later than v1, so it is always cancelled and never raises.
            tg.create_task(fail(TypeError("t1"), 10))
            tg.create_task(ok(0.001))
    except* ValueError as e:
        print("ValueErrors:", repr(e))
    except* TypeError as e:
        print("TypeErrors:", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
    except* KeyError as e:
        print(type(e).__name__, e.message, repr(e.exceptions))
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(OSError("os"), 0))
                tg.create_task(fail(KeyError("kk"), 0))
        except* KeyError:
            print("handled KeyError")
    except ExceptionGroup as rest:
        print("rest:", repr(rest))


asyncio.run(main())
