# loop.set_task_factory: create_task and ensure_future go through the
# factory, which gets the loop and the coroutine (and context when given);
# the name is set afterwards.
import asyncio
import contextvars

calls = []


def factory(loop, coro, **kwargs):
    calls.append((coro.__name__, sorted(kwargs)))
    return asyncio.Task(coro, loop=loop, **kwargs)


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    try:
        loop.set_task_factory(1)
    except TypeError as exc:
        print("TypeError:", exc)
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t1 = loop.create_task(work(1), name="first")
    t2 = asyncio.create_task(work(2))
    t3 = asyncio.ensure_future(work(3))
    t4 = loop.create_task(work(4), context=contextvars.copy_context())
    print(t1.get_name())
    print(await asyncio.gather(t1, t2, t3, t4))
    print(calls)
    loop.set_task_factory(None)
    print(loop.get_task_factory())
    await loop.create_task(work(5))
    print(len(calls))


asyncio.run(main())
