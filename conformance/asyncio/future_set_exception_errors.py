# set_exception rejects StopIteration and accepts an exception class, instantiating it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    fut2 = loop.create_future()
    fut2.set_exception(KeyError)
    print("class became instance:", repr(fut2.exception()))
    fut3 = loop.create_future()
    try:
        fut3.set_exception("not an exception")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
