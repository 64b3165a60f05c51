# `await f()` of an async def function: the evaluator's fast path for the
# call and its reuse of coroutines that finish at once must not be seen.


class Suspend:
    def __await__(self):
        return (yield "suspended")


async def a():
    return "a"


async def b(x, y=2, *rest, z=3):
    return (x, y, rest, z)


def make_adder(k):
    async def add(n):
        return n + k
    return add


async def inner(n):
    got = await Suspend()
    return (n, got)


async def sequence():
    out = []
    add5 = make_adder(5)
    for i in range(3):
        out.append(await a())
        out.append(await b(i))
        out.append(await b(i, 7, 8, 9))
        out.append(await add5(i))
    return out


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(sequence()))


async def exposed():
    first = await inner(1)
    second = await inner(2)
    return first, second


c = exposed()
print(c.send(None))
w1 = c.cr_await
print(type(w1).__name__, w1.__qualname__, w1.cr_frame is not None)
print(c.send("one"))
w2 = c.cr_await
print(w1 is w2, w1.cr_frame is None, w2.cr_frame is not None)
try:
    c.send("two")
except StopIteration as e:
    print(e.value)
print(w1 is w2, w2.cr_frame is None)


async def kept():
    # A coroutine kept in a variable is not the one an await call makes.
    x = a()
    r1 = await x
    r2 = await a()
    try:
        await x
    except RuntimeError as e:
        print("reuse:", e)
    return r1, r2


print(run(kept()))


async def boom():
    raise ValueError("boom")


async def raising():
    for _ in range(2):
        try:
            await boom()
        except ValueError as e:
            print("caught", e)
    try:
        await b()
    except TypeError as e:
        print(e)
    return await a()


print(run(raising()))


async def names():
    out = []
    for f in (a, make_adder(1)):
        co = f() if f is a else f(1)
        out.append(co.__qualname__)
        out.append(await co)
    return out


print(run(names()))
