# A failed task nobody awaits is reported as "Task exception was never retrieved", at the latest when its loop closes.
import asyncio

def handler(loop, context):
    print("handler message:", context["message"])
    print("handler exception:", repr(context["exception"]))

async def boom():
    raise ValueError("lost")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)

asyncio.run(main())
print("after run")
