# An exception raised in a call_soon callback goes to the loop's exception handler; the loop keeps running.
import asyncio

def bad():
    raise ValueError("in callback")

def handler(loop, context):
    print("message starts right:", context["message"].startswith("Exception in callback"))
    print("exception:", repr(context["exception"]))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
