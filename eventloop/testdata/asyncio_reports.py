# What asyncio reports on stderr: leftover tasks at the end of
# asyncio.run, exceptions nobody retrieved, failing callbacks. The
# expected output is CPython 3.11's.
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup", name)


async def broken():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("refused to cancel")


async def fails():
    raise KeyError("lost")


def bad_callback():
    raise ZeroDivisionError("cb")


kept = []


async def main():
    asyncio.create_task(forever("one"))
    asyncio.create_task(forever("two"))
    asyncio.create_task(broken())
    t = asyncio.create_task(fails())
    kept.append(t)
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0.001)
    print("main done", t.done())
    return 42


print(asyncio.run(main()))
