# create_task(context=ctx) runs the task inside that exact context object.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="none")

async def child():
    print("child sees", v.get())
    v.set("set by child")

async def main():
    ctx = contextvars.copy_context()
    ctx.run(v.set, "prepared")
    await asyncio.create_task(child(), context=ctx)
    print("ctx after task:", ctx[v])
    print("main sees", v.get())

asyncio.run(main())
