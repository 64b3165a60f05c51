# wait_for runs a coroutine in a new task: its context changes do not reach the caller.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="caller")

async def inner():
    print("inner sees", v.get())
    v.set("inner")
    return v.get()

async def main():
    print("wait_for result:", await asyncio.wait_for(inner(), 1))
    print("caller after wait_for:", v.get())
    print("direct await result:", await inner())
    print("caller after direct await:", v.get())

asyncio.run(main())
