# The methods of loops and futures that callbacks call most: their
# arguments, errors, equality and names, and their use as callbacks.
import asyncio


def attempt(label, call):
    try:
        print(label, "->", call())
    except (TypeError, RuntimeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("set_result()", lambda: f.set_result())
    attempt("set_result(1, 2)", lambda: f.set_result(1, 2))
    attempt("set_result(x=1)", lambda: f.set_result(x=1))
    attempt("done(1)", lambda: f.done(1))
    attempt("result(x=2)", lambda: f.result(x=2))
    attempt("time(1)", lambda: loop.time(1))
    attempt("create_future(1)", lambda: loop.create_future(1))
    attempt("call_later()", lambda: loop.call_later())
    attempt("call_at()", lambda: loop.call_at())
    attempt("call_soon()", lambda: loop.call_soon())
    attempt("call_soon(print, x=1)", lambda: loop.call_soon(print, x=1))
    print(f.set_result == f.set_result, f.set_result != f.set_result)
    print(f.set_result == loop.create_future().set_result, f.done == f.cancelled)
    print(f.set_result.__qualname__, f.done.__name__, f.done.__self__ is f)
    print(hash(f.done) == hash(f.done), hash(f.done) == hash(loop.create_future().done))
    print(asyncio.Future.done(f), asyncio.Future.cancelled(f))
    print(type(loop.time()).__name__, loop.create_future().done())

    h = loop.call_soon(f.set_result, 5)
    print(h)
    print(await f, f.result(), f.done(), f.cancelled())

    g = loop.create_future()
    seen = []
    g.add_done_callback(seen.append)
    g.add_done_callback(g.set_result)
    print(g.remove_done_callback(g.set_result), g.remove_done_callback(g.set_result))
    loop.call_later(0, g.set_result, "later")
    print(await g, seen == [g])

    t = asyncio.ensure_future(asyncio.sleep(0, "slept"))
    print(t.done())
    print(await t, t.done(), t.result())
    attempt("task set_result", lambda: t.set_result(1))

    print(await asyncio.sleep(0), await asyncio.sleep(0, "r"), await asyncio.sleep(-1, "neg"), await asyncio.sleep(0.0, 1.5))
    s = asyncio.sleep(0)
    print(s.send(None), end=" ")
    try:
        s.send(None)
    except StopIteration as e:
        print("stop", e.value)
    s = asyncio.sleep(0)
    s.send(None)
    try:
        s.throw(ValueError("thrown"))
    except ValueError as e:
        print("raised", e)

    async def spin():
        while True:
            await asyncio.sleep(0)

    t = asyncio.ensure_future(spin())
    await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args)


asyncio.run(main())
