# The API surface added last: task factories, get_stack, policies,
# slow_callback_duration, __class_getitem__, iscoroutinefunction through
# partials, run_coroutine_threadsafe and wrap_future.
import asyncio
import functools

made = []


def factory(loop, coro, **kwargs):
    made.append(sorted(kwargs))
    return asyncio.Task(coro, loop=loop, **kwargs)


async def child(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    print(loop.slow_callback_duration)
    loop.slow_callback_duration = 1
    print(loop.slow_callback_duration)
    loop.slow_callback_duration = "x"
    print(loop.slow_callback_duration)

    loop.set_task_factory(factory)
    t = asyncio.create_task(child(1), name="named")
    print(t.get_name(), [f.f_code.co_name for f in t.get_stack()])
    print(await t, made, t.get_stack())
    loop.set_task_factory(None)
    await asyncio.create_task(child(2))
    print(len(made))

    fut = asyncio.run_coroutine_threadsafe(child(3), loop)
    print(fut.done(), await asyncio.wrap_future(fut), fut.result())


print(asyncio.Future.__class_getitem__(int), asyncio.Task.__class_getitem__((int, str)))
print(asyncio.iscoroutinefunction(functools.partial(child, 1)))
print(asyncio.iscoroutinefunction(functools.partial(print, 1)))
print(type(asyncio.get_event_loop_policy()).__name__)
asyncio.run(main())
