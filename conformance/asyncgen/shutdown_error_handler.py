# Errors raised while closing generators at shutdown go to the loop's
# exception handler with the message, exception and asyncgen keys.
import asyncio

keep = []


async def bad():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


async def good():
    try:
        yield 1
    finally:
        print("good: finally")


def handler(loop, context):
    print("handler:", sorted(context))
    print(context["message"].split(" at 0x")[0])
    print(repr(context["exception"]), context["asyncgen"] is keep[0])


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    for g in (bad(), good()):
        keep.append(g)
        await g.__anext__()
    print("main: end")


asyncio.run(main())
print("after run")
