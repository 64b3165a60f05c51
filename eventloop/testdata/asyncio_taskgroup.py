# TaskGroup and exception groups; the expected output is CPython 3.11's.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    if fail is not None:
        raise fail
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.002))
        t2 = tg.create_task(job("b", 0.001), name="named")
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 1))
            tg.create_task(job("bad", 0.001, ValueError("bad")))
            tg.create_task(job("worse", 0.001, KeyError("worse")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg), eg.message)
        print(sorted(type(e).__name__ for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("long", 1))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = job("x", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()

    eg = ExceptionGroup("two", [ValueError(1), TypeError(2)])
    print(str(eg), len(eg.exceptions))
    try:
        ExceptionGroup("bad", [])
    except ValueError as e:
        print(e)

    outer = asyncio.current_task()

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1))
            await asyncio.sleep(1)

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled())


asyncio.run(main())
