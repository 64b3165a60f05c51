# Coroutines driven by hand: no event loop, only send, throw and close.

def run(coro):
    """Drives coro to completion, printing what it yields."""
    try:
        while True:
            v = coro.send(None)
            print("yielded", v)
    except StopIteration as e:
        return e.value

async def add(a, b):
    return a + b

async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

print(run(chain()))

# A custom awaitable whose __await__ is a generator: its yields reach the
# driver, its return value is the await's value.
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return ("resumed", self.tag, got)

async def pauses():
    a = await Pause("p1")
    b = await Pause("p2")
    return [a, b]

c = pauses()
print(c.send(None))
print(c.send("one"))
try:
    c.send("two")
except StopIteration as e:
    print("result", e.value)

# __await__ returning a plain iterator.
class Iter:
    def __await__(self):
        return iter([1, 2, 3])

async def use_iter():
    r = await Iter()
    return r

print(run(use_iter()))

# A coroutine object's attributes.
async def named():
    await Pause("n")

c = named()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await is None, c.cr_frame is not None)
print(c.cr_code is named.__code__)
c.send(None)
print(c.cr_await is not None, name_of(c.cr_await))
c.close()
print(c.cr_frame is None)

# Errors of the protocol.
async def ret5():
    return 5

c = ret5()
print(run(c))
for action in ("send", "throw"):
    try:
        if action == "send":
            c.send(None)
        else:
            c.throw(ValueError)
    except RuntimeError as e:
        print(action, "RuntimeError:", e)
print(c.close())

async def await_int():
    await 1

try:
    run(await_int())
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 1

async def await_bad():
    await BadAwait()

try:
    run(await_bad())
except TypeError as e:
    print("TypeError:", e)

async def raises_stop():
    raise StopIteration(3)

try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, name_of(cause_of(e)))

try:
    iter(ret5())
except TypeError as e:
    print("TypeError:", e)

c = ret5()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# throw reaches the innermost awaitable and can be caught in the body.
async def catcher():
    try:
        await Pause("waiting")
    except KeyError as e:
        print("caught", name_of(e))
        return "recovered"

c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw result", e.value)

# close runs finally blocks; a coroutine that ignores GeneratorExit is an
# error.
async def cleanup():
    try:
        await Pause("x")
    finally:
        print("finally ran")

c = cleanup()
c.send(None)
c.close()

async def stubborn():
    try:
        await Pause("again")
    except GeneratorExit:
        print("ignoring exit")
    await Pause("after")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# __await__ of a coroutine returns the coroutine_wrapper, which steps it.
c = pauses()
w = c.__await__()
print(name_of(w), iter(w) is w)
print(next(w))
print(w.send("a"))
try:
    w.send("b")
except StopIteration as e:
    print("wrapper result", e.value)

# Awaiting a coroutine that is already being awaited.
async def waiter(inner):
    return await inner

inner = pauses()
outer1 = waiter(inner)
outer1.send(None)
try:
    waiter(inner).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
outer1.close()

# A generator cannot await a coroutine through yield from unless it is a
# types.coroutine one; await drives an iterable coroutine directly.
def plain_gen():
    yield from ret5()

try:
    list(plain_gen())
except TypeError as e:
    print("TypeError:", e)

def pause_gen():
    v = yield "from generator"
    return v * 2

pause_gen = iterable_coroutine(pause_gen)

async def uses_gen():
    return await pause_gen()

c = uses_gen()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("iterable coroutine result", e.value)

# Exceptions propagate through awaits with their traceback.
async def fails():
    raise ValueError("deep")

async def middle():
    await fails()

try:
    run(middle())
except ValueError as e:
    print("ValueError", tb_lines(e))

# await inside expressions, loops and try blocks.
async def mixed():
    total = 0
    for i in range(3):
        total += await add(i, 1) * 2
    try:
        await fails()
    except ValueError:
        total += 100
    while total < 110:
        total = await add(total, 5)
    return [await add(x, 1) for x in range(3)], total

print(run(mixed()))

# A throw argument that is no exception is refused at the innermost
# await, so the coroutine's body sees the TypeError.
async def catches_all():
    while True:
        try:
            await Pause("loop")
        except TypeError as e:
            print("body caught", e)
            return "done"

c = catches_all()
c.send(None)
try:
    c.throw(1)
except StopIteration as e:
    print("throw result", e.value)
try:
    c.throw(1)
except TypeError as e:
    print("TypeError:", e)
