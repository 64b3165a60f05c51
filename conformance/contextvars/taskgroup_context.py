# TaskGroup tasks each get a copy of the context current at create_task time.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")

async def child(label):
    print(label, "starts with", v.get())
    v.set(label)
    await asyncio.sleep(0)
    print(label, "ends with", v.get())

async def main():
    async with asyncio.TaskGroup() as tg:
        v.set("first snapshot")
        tg.create_task(child("a"))
        v.set("second snapshot")
        tg.create_task(child("b"))
    print("main ends with", v.get())

asyncio.run(main())
