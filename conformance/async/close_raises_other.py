# An exception other than GeneratorExit raised during close() propagates.
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    finally:
        raise ValueError("from finally")

c = f()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("ValueError:", e)
