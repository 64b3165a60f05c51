# A failure in a nested TaskGroup surfaces as a nested ExceptionGroup.
import asyncio

async def fail():
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        inner = eg.exceptions[0]
        print("outer:", type(eg).__name__, len(eg.exceptions))
        print("inner:", type(inner).__name__, repr(inner.exceptions[0]))

asyncio.run(main())
