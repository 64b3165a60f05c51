# A finished coroutine cannot be resumed: RuntimeError on send, and on a second await.
async def f():
    return "once"

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def twice():
    inner = f()
    print("await 1:", await inner)
    print("await 2:", await inner)

t = twice()
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
