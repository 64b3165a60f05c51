# Future done callbacks run in the context current when they were added.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")

async def main():
    fut = asyncio.get_running_loop().create_future()
    v.set("when added")
    fut.add_done_callback(lambda f: print("callback sees", v.get()))
    v.set("when completed")
    fut.set_result(None)
    await fut
    await asyncio.sleep(0)
    print("main sees", v.get())

asyncio.run(main())
