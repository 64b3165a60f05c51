# Task.get_stack: the suspended coroutine's frame, none once it is done;
# a task that never ran has no frames but its coroutine's.
import asyncio


async def sleeper():
    await asyncio.sleep(0.01)


async def failer():
    raise ValueError("x")


async def main():
    t = asyncio.create_task(sleeper())
    print([f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0)
    stack = t.get_stack()
    print(len(stack), [f.f_code.co_name for f in stack])
    print(len(t.get_stack(limit=1)), len(t.get_stack(limit=0)))
    await t
    print(t.get_stack())
    f = asyncio.create_task(failer())
    await asyncio.sleep(0)
    print(f.done(), type(f.get_stack()).__name__)
    f.exception()


asyncio.run(main())
