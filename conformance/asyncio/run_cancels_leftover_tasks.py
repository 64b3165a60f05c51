# When main returns, asyncio.run cancels the tasks still pending and lets them finish.
import asyncio

async def lingering(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally ran")

async def main():
    asyncio.create_task(lingering("a"))
    await asyncio.sleep(0)
    print("main returns")
    return "result"

print("run:", asyncio.run(main()))
