# loop.shutdown_asyncgens() on a loop made by hand.
import asyncio

keep = []


async def gen(name):
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        print(name, "finally")
        await asyncio.sleep(0)
        print(name, "finally after await")


async def start(name):
    g = gen(name)
    keep.append(g)
    return await g.__anext__()


loop = asyncio.new_event_loop()
print(loop._asyncgens_shutdown_called)
print(loop.run_until_complete(start("first")))
print("before shutdown")
print(loop.run_until_complete(loop.shutdown_asyncgens()))
print(loop._asyncgens_shutdown_called)
print(keep[0].ag_frame is None)
# Nothing left: a second shutdown does nothing.
print(loop.run_until_complete(loop.shutdown_asyncgens()))
# A generator first iterated after shutdown gets CPython's ResourceWarning,
# which the default warning filters hide; a later shutdown still closes it.
print(loop.run_until_complete(start("late")))
print(loop.run_until_complete(loop.shutdown_asyncgens()))
loop.close()
print(keep[1].ag_frame is None)
