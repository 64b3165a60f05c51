# run_coroutine_threadsafe on the caller's own loop returns a
# concurrent.futures.Future that completes once the task ran.
import asyncio
import concurrent.futures


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def fail():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
    print(type(fut).__name__, isinstance(fut, concurrent.futures.Future))
    print(fut.done(), fut.running(), fut.cancelled())
    fut.add_done_callback(lambda f: print("callback", f.result()))
    wrapped = asyncio.wrap_future(fut)
    print(await wrapped)
    print(fut.done(), fut.result(), fut.exception())

    bad = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        await asyncio.wrap_future(bad)
    except ValueError as exc:
        print("ValueError:", exc)
    print(type(bad.exception()).__name__)

    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as exc:
        print("TypeError:", exc)

    cancelled = asyncio.run_coroutine_threadsafe(add(3, 4), loop)
    print(cancelled.cancel(), cancelled.cancelled())
    await asyncio.sleep(0.01)
    try:
        cancelled.result()
    except concurrent.futures.CancelledError:
        print("CancelledError")


asyncio.run(main())
