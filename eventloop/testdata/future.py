# Future and Task behaviour; the expected output is CPython 3.11's.
try:
    _ = loop
except NameError:
    import asyncio
    import types
    from asyncio import CancelledError, InvalidStateError
    loop = asyncio.new_event_loop()
    coroutine = types.coroutine


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except BaseException as e:
        print(label, "raised", type(e).__name__, list(e.args))


def spin():
    loop.call_soon(loop.stop)
    loop.run_forever()


print("-- pending future")
f = loop.create_future()
print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
show("result", f.result)
show("exception", f.exception)

print("-- callbacks")
order = []


def cb1(fut):
    order.append("cb1")


def cb2(fut):
    order.append("cb2" if fut is f else "cb2 other")


f.add_done_callback(cb1)
f.add_done_callback(cb2)
f.add_done_callback(cb1)
f.add_done_callback(cb2, context=None)
print(repr(f))
print(f.remove_done_callback(cb1))
print(repr(f))
f.set_result(42)
print(repr(f), order)
show("set_result again", f.set_result, 1)
show("set_exception again", f.set_exception, ValueError("x"))
show("cancel done", f.cancel)
spin()
print(order)
f.add_done_callback(cb1)
print(order)
spin()
print(order, f.result(), f.exception())

print("-- exceptions")
f = loop.create_future()
f.set_exception(ValueError)
print(repr(f))
show("result", f.result)
e = f.exception()
print("exception", type(e).__name__, list(e.args))
f = loop.create_future()
show("StopIteration", f.set_exception, StopIteration())
show("not an exception", f.set_exception, 3)
f.set_exception(KeyError("k"))
show("result", f.result)

print("-- cancel")
f = loop.create_future()
print(f.cancel("why"), f.cancel(), f.cancelled(), f.done(), repr(f))
show("result", f.result)
show("exception", f.exception)
f = loop.create_future()
f.cancel()
show("result", f.result)


print("-- tasks")


@coroutine
def waiter(fut):
    v = yield from fut
    return v + 1


fut = loop.create_future()
t = loop.create_task(waiter(fut))
print(t.get_name(), t.done(), t.get_coro() is not None)
loop.call_soon(fut.set_result, 41)
print(loop.run_until_complete(t), repr(t))
t.set_name("renamed")
print(t.get_name(), repr(t))
show("task set_result", t.set_result, 1)
show("task set_exception", t.set_exception, ValueError())


@coroutine
def ticks(n):
    for i in range(n):
        order.append("tick %d" % i)
        yield
    return "ticked"


order = []
a = loop.create_task(ticks(3))
b = loop.create_task(ticks(2))
print(loop.run_until_complete(a), order, b.result())


@coroutine
def fails():
    yield
    raise ValueError("bad")


t = loop.create_task(fails())
show("run_until_complete", loop.run_until_complete, t)
print(repr(t))


print("-- task cancel")


@coroutine
def sleeper(fut, swallow):
    try:
        yield from fut
    except CancelledError as e:
        print("caught", list(e.args))
        if not swallow:
            raise
    return "swallowed"


inner = loop.create_future()
t = loop.create_task(sleeper(inner, False))
spin()
print(t.cancel("stop it"), t.cancelling(), inner.cancelled())
show("run_until_complete", loop.run_until_complete, t)
print(t.cancelled(), t.cancelling(), t.cancel(), repr(t))
show("result", t.result)

t = loop.create_task(sleeper(loop.create_future(), True))
t.cancel()
print("cancelled before start", t.cancelling())
show("run_until_complete", loop.run_until_complete, t)

t = loop.create_task(sleeper(loop.create_future(), True))
spin()
t.cancel("once")
show("run_until_complete", loop.run_until_complete, t)
print(t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())


@coroutine
def catches_then_waits(fut):
    try:
        yield
    except CancelledError:
        print("first cancel caught")
    v = yield from fut
    return v


f2 = loop.create_future()
t = loop.create_task(catches_then_waits(f2))
spin()
t.cancel()
spin()
print(t.done())
f2.set_result("after")
print(loop.run_until_complete(t))

print("-- bad yields")


@coroutine
def yields(v):
    yield v


t = loop.create_task(yields(5))
show("run_until_complete", loop.run_until_complete, t)


@coroutine
def own_task():
    yield me


me = loop.create_task(own_task())
try:
    loop.run_until_complete(me)
except RuntimeError as e:
    print(list(e.args)[0].startswith(
        "Task cannot await on itself: <Task pending name='Task-10' coro=<own_task() running at "))
