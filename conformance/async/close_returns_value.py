# If a coroutine returns while handling GeneratorExit, close() still returns None.
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    except GeneratorExit:
        print("returning from GeneratorExit")
        return "ignored value"

c = f()
c.send(None)
print("close:", c.close())
