# A Future whose exception is never read logs "Future exception was never retrieved" on stderr, by the time its loop closes.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("nobody looked"))
    del fut
    print("main done")

asyncio.run(main())
print("after run")
raise SystemExit(3)
