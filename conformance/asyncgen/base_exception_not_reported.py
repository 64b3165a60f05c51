# Only Exceptions from aclose at shutdown are reported: a BaseException
# that is not one is dropped, and so is a generator closing cleanly.
import asyncio

keep = []


class Stop(BaseException):
    pass


async def gen(exc):
    try:
        yield 1
    finally:
        print("finally", type(exc).__name__)
        if exc is not None:
            raise exc


def handler(loop, context):
    print("handler:", repr(context["exception"]))


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    for exc in (Stop("x"), None):
        g = gen(exc)
        keep.append(g)
        await g.__anext__()


asyncio.run(main())
print("after run")
