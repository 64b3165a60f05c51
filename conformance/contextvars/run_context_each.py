# Each asyncio.run starts from a copy of the caller's context; changes do not leak back.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="start")

async def main(label):
    print(label, "sees", v.get())
    v.set(label)

v.set("module level")
asyncio.run(main("first"))
asyncio.run(main("second"))
print("module sees", v.get())
