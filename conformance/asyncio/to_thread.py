# asyncio.to_thread runs a function with its positional and keyword
# arguments and returns its result; exceptions reach the awaiting task.
import asyncio


def work(a, b=1, *, scale=1):
    return (a + b) * scale


def fail():
    raise ValueError("in the worker")


async def main():
    print(await asyncio.to_thread(work, 2))
    print(await asyncio.to_thread(work, 2, 3, scale=10))
    try:
        await asyncio.to_thread(fail)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
