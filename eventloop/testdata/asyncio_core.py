# asyncio.run, tasks, sleep, gather, wait_for, shield, current_task,
# all_tasks; the expected output is CPython 3.11's.
import asyncio

order = []


async def worker(name, delay, result=None):
    order.append("start " + name)
    await asyncio.sleep(delay)
    order.append("end " + name)
    return result if result is not None else name


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def basics():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, "timer"))
    t = asyncio.create_task(worker("a", 0), name="first")
    print(t.get_name(), t.done(), asyncio.current_task().get_name())
    print(await t, t.done(), t.result())
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print(e)
    c = worker("c", 0)
    print(asyncio.iscoroutine(c.__class__), asyncio.iscoroutinefunction(worker))
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(print))
    await c


async def gathering():
    del order[:]
    print(await asyncio.gather(worker("g1", 0.002), worker("g2", 0.001), worker("g3", 0)))
    print(order)
    print(await asyncio.gather())
    print(await asyncio.gather(fail("boom"), worker("ok", 0), return_exceptions=True))
    try:
        await asyncio.gather(fail("first", 0), fail("second", 0.001))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.ensure_future(worker("same", 0))
    print(await asyncio.gather(t, t))


async def cancelling():
    t = asyncio.create_task(worker("slow", 10))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled())
    try:
        raise asyncio.CancelledError()
    except Exception:
        print("an Exception")
    except BaseException:
        print("a BaseException only")

    async def catcher():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("caught inside")
            return "recovered"
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    g = asyncio.gather(worker("x", 10), worker("y", 10))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")


async def waiting():
    print(await asyncio.wait_for(worker("w", 0.001), timeout=1))
    print(await asyncio.wait_for(worker("w2", 0), None))
    try:
        await asyncio.wait_for(worker("never", 10), 0.001)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)

    inner = asyncio.create_task(worker("shielded", 0.002))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner", inner.cancelled())
    print(await inner)


async def main():
    await basics()
    await gathering()
    await cancelling()
    await waiting()
    return "done"


print(asyncio.run(main()))
try:
    asyncio.run(worker)
except ValueError as e:
    print("ValueError", e.args[0].startswith("a coroutine was expected, got <function worker"))


async def nested():
    c = basics()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()

asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.create_task(None)
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()
loop.close()
for method in (loop.create_task, loop.run_until_complete):
    c = worker("closed", 0)
    try:
        method(c)
    except RuntimeError as e:
        print(e)
    c.close()
