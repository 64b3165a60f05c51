# call_soon copies the current context, or runs in the one given with context=.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="default")

def cb(label):
    print(label, "sees", v.get())
    v.set("changed by " + label)

async def main():
    loop = asyncio.get_running_loop()
    v.set("at schedule time")
    loop.call_soon(cb, "copied")
    v.set("after schedule")
    ctx = contextvars.Context()
    loop.call_soon(cb, "explicit", context=ctx)
    loop.call_later(0, cb, "timer")
    await asyncio.sleep(0.01)
    print("main sees", v.get())
    print("explicit context now holds", ctx[v])

asyncio.run(main())
