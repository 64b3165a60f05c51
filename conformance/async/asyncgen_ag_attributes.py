# ag_running, ag_frame, ag_code, ag_await, __name__, __qualname__ of an async generator.
import types

@types.coroutine
def pause():
    yield "p"

async def gen():
    await pause()
    yield 1

g = gen()
print("name:", g.__name__, "qualname:", g.__qualname__, "code:", g.ag_code.co_name)
print("before:", g.ag_running, g.ag_await, g.ag_frame is not None)
aw = g.__anext__()
print("suspended at await:", aw.send(None))
print("ag_await:", type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded:", e.value)
print("at yield, ag_await:", g.ag_await)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("done, frame None:", g.ag_frame is None)
