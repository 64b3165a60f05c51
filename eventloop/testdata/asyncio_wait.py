# wait, as_completed, timeout, timeout_at, Runner, loop accessors and
# methods; the expected output is CPython 3.11's.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def waits():
    # b and y finish 0.25 s after their partner: a late loop wake-up must not
    # let them complete in the same pass and change what wait returns.
    ts = [asyncio.create_task(job("a", 0.001), name="a"),
          asyncio.create_task(job("b", 0.25), name="b")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all completed", names(done), names(pending))
    ts = [asyncio.create_task(job("x", 0, True), name="x"),
          asyncio.create_task(job("y", 0.25), name="y")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.001)
    print("timeout", names(done), names(pending))
    await asyncio.wait(ts)
    for bad in ([], ts[0]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    c = job("c", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    await c


async def completing():
    out = []
    for f in asyncio.as_completed([job("slow", 0.02), job("fast", 0.001), job("mid", 0.01)]):
        out.append(await f)
    print(out)
    try:
        for f in asyncio.as_completed([job("never", 10)], timeout=0.001):
            await f
    except asyncio.TimeoutError:
        print("as_completed timed out")


async def timeouts():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired", cm.expired())
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("expired", cm.expired(), type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(10)
    except TimeoutError:
        print("past deadline")
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        cm.reschedule(loop.time() + 10)
        print(cm.when() > loop.time())
    print(repr(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0):
            pass
    except TimeoutError:
        print("unexpected")
    print("zero timeout without await passes")


async def loop_methods():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.is_closed())
    got = []
    loop.call_soon_threadsafe(got.append, 1)
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "later")
    print(await fut)
    print(got)
    print(await loop.run_in_executor(None, len, "four"))
    ctx = []
    loop.set_exception_handler(lambda lp, c: ctx.append((lp is loop, c["message"], type(c.get("exception")).__name__)))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(ctx[0][0], ctx[0][1].startswith("Exception in callback"), ctx[0][2])
    loop.call_exception_handler({"message": "by hand"})
    print(ctx[-1])
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


async def main():
    await waits()
    await completing()
    await timeouts()
    await loop_methods()


asyncio.run(main())

with asyncio.Runner() as runner:
    print(runner.run(job("r1", 0)), runner.run(job("r2", 0.001)))
    loop = runner.get_loop()
    print(loop.is_closed(), asyncio.get_event_loop() is loop)
print(loop.is_closed())
late = job("late", 0)
try:
    runner.run(late)
except RuntimeError as e:
    print(e)
late.close()
r = asyncio.Runner()
try:
    r.run(0)
except ValueError as e:
    print("ValueError")
r.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(job("ruc", 0)))
loop.close()
try:
    asyncio.set_event_loop(3)
except TypeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
