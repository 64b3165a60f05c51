# A coroutine that awaits again after GeneratorExit makes close() raise RuntimeError.
import types

@types.coroutine
def pause():
    yield

async def stubborn():
    try:
        await pause()
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await pause()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("second close:", c.close())
