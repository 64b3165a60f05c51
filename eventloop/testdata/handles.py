# Handles and the loop's Python methods; the expected output is CPython 3.11's.
try:
    _ = loop
except NameError:
    import asyncio
    loop = asyncio.new_event_loop()

out = []


def cb(*args):
    out.append(list(args))


h = loop.call_soon(cb, 1, "a")
print(repr(h), h.cancelled())
t0 = loop.time()
th = loop.call_later(0.001, cb, 2)
print(repr(th).startswith("<TimerHandle when="), " cb(2) at " in repr(th), repr(th).endswith("handles.py:11>"))
print(0 < th.when() - t0 < 0.5)
dead = loop.call_soon(cb, "never")
dead.cancel()
dead.cancel()
print(repr(dead), dead.cancelled())
dead_timer = loop.call_at(t0, cb, "never either")
dead_timer.cancel()
print(repr(dead_timer).startswith("<TimerHandle cancelled when="))
loop.call_at(t0 - 10, cb, "past")
loop.call_later(0.002, loop.stop)
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print(out, loop.time() >= t0 + 0.002)


def bad():
    1/0


def later():
    out.append("after bad")
    loop.stop()


loop.call_soon(bad)
loop.call_soon(later)
loop.run_forever()
print(out[-1])

loop.call_soon(3)
loop.call_soon(loop.stop)
loop.run_forever()


def nested():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(list(e.args))
    loop.stop()


loop.call_soon(nested)
loop.run_forever()
