# A task copies the context at creation; later changes by the creator are not seen.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)

async def child():
    await asyncio.sleep(0)
    print("child sees", v.get())

async def main():
    v.set(1)
    t = asyncio.create_task(child())
    v.set(2)
    await t
    print("main sees", v.get())

asyncio.run(main())
