# A bare raise after an await inside except re-raises the handled exception.
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        raise ValueError("original")
    except ValueError:
        await pause()
        raise

c = f()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("re-raised:", e)
