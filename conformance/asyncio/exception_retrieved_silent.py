# Reading a failed task's exception() marks it retrieved: nothing is reported.
import asyncio

def handler(loop, context):
    print("unexpected report:", context["message"])

async def boom():
    raise ValueError("seen")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("exception:", repr(t.exception()))
    del t
    print("main done")

asyncio.run(main())
print("after run")
