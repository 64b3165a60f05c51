# Async generators, async for and async with, driven by hand.

def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("yielded", v)
    except StopIteration as e:
        return e.value

def step(aw):
    """Drives one awaitable of an async generator to its end."""
    try:
        while True:
            v = aw.send(None)
            print("passes through", v)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "stop"

class Pause:
    def __await__(self):
        got = yield "pause"
        return got

async def agen(n):
    for i in range(n):
        await Pause()
        yield i * 10

g = agen(2)
print(name_of(g), g.__name__, g.ag_running, g.ag_await is None)
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))

# asend delivers values; the first asend must send None.
async def echo():
    got = None
    while True:
        got = yield ("echo", got)

g = echo()
print(step(g.asend(None)))
print(step(g.asend("one")))
aw = g.asend("two")
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# athrow raises at the yield; aclose closes.
async def guarded():
    try:
        yield 1
    except KeyError:
        print("caught KeyError")
        yield 2
    finally:
        print("guarded finally")

g = guarded()
print(step(g.asend(None)))
print(step(g.athrow(KeyError)))
print(step(g.aclose()))
print(step(g.__anext__()))

async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores()
step(g.__anext__())
try:
    step(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# StopAsyncIteration raised in the body becomes a RuntimeError.
async def bad():
    raise StopAsyncIteration
    yield

try:
    step(bad().__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)

# An async generator that is already running.
async def slow():
    await Pause()
    yield 1

g = slow()
a1 = g.__anext__()
a1.send(None)
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# async for over an async generator and a class, with else and break.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Pause()
        return self.n

async def loops():
    out = []
    async for x in agen(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Countdown(5):
        if x == 2:
            break
        if x == 3:
            continue
        out.append(x)
    else:
        out.append("not reached")
    async for a, b in pairs():
        out.append(a + b)
    return out

async def pairs():
    yield 1, 2
    yield 3, 4

print(run(loops()))

async def not_iterable():
    async for x in 5:
        pass

try:
    run(not_iterable())
except TypeError as e:
    print("TypeError:", e)

# Async comprehensions and async generator expressions.
async def comps():
    a = [x async for x in agen(3)]
    b = [x async for x in agen(4) if x > 10]
    c = {x async for x in agen(2)}
    d = [await Pause() for i in range(2)]
    gen = (x + 1 async for x in agen(2))
    e = [y async for y in gen]
    return a, b, sorted(c), d, e, name_of(gen)

print(run(comps()))

# async with: __aenter__ and __aexit__ are awaited; a true result of
# __aexit__ suppresses the exception.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        print("enter", self.name)
        return self.name
    async def __aexit__(self, typ, val, tb):
        await Pause()
        print("exit", self.name, name_of(typ) if typ else None)
        return self.suppress

async def withs():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("s", True):
        raise ValueError("suppressed")
    try:
        async with Manager("p"):
            raise KeyError("propagates")
    except KeyError:
        print("KeyError propagated")
    for i in range(3):
        async with Manager("loop" + str(i)):
            if i == 1:
                continue
            if i == 2:
                break
    async with Manager("r"):
        return "returned"

print(run(withs()))

class NoAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

async def bad_with(m):
    async with m:
        pass

for m in (NoAsync(), BadEnter()):
    try:
        run(bad_with(m))
    except TypeError as e:
        print("TypeError:", e)

# An async generator using async with and being closed inside it.
async def gen_with():
    async with Manager("g"):
        yield 1
        yield 2

g = gen_with()
print(step(g.__anext__()))
print(step(g.aclose()))
