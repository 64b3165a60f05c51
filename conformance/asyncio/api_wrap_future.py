# wrap_future: an asyncio Future passes through; a concurrent one is
# chained both ways, results, exceptions and cancellation.
import asyncio
import concurrent.futures


async def main():
    loop = asyncio.get_running_loop()
    af = loop.create_future()
    print(asyncio.wrap_future(af) is af)

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    print(asyncio.isfuture(w), w.done())
    loop.call_soon(cf.set_result, "ok")
    print(await w)

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    cf.set_running_or_notify_cancel()
    cf.set_exception(KeyError("k"))
    try:
        await w
    except KeyError as exc:
        print("KeyError:", exc)

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    w.cancel()
    await asyncio.sleep(0)
    print(cf.cancelled(), w.cancelled())

    cf = concurrent.futures.Future()
    w = asyncio.wrap_future(cf)
    cf.cancel()
    await asyncio.sleep(0)
    print(cf.cancelled(), w.cancelled())

    try:
        asyncio.wrap_future("nope")
    except AssertionError:
        print("AssertionError")


asyncio.run(main())
