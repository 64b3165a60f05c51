# A generator that yields again while being closed at shutdown: aclose
# raises RuntimeError, which the exception handler gets.
import asyncio

keep = []


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


def handler(loop, context):
    print(context["message"].split(" at 0x")[0])
    print(type(context["exception"]).__name__, context["exception"])


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = stubborn()
    keep.append(g)
    print(await g.__anext__())


asyncio.run(main())
print("after run")
