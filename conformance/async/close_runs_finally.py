# close() raises GeneratorExit at the await and runs finally.
import types

@types.coroutine
def pause():
    yield

async def worker():
    try:
        await pause()
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally ran")

c = worker()
c.send(None)
print("close returns:", c.close())
print("close again:", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
