# An uncaught throw() runs finally blocks on the way out of the coroutine.
import types

@types.coroutine
def pause():
    yield

async def worker():
    try:
        try:
            await pause()
        finally:
            print("inner finally")
    finally:
        print("outer finally")

c = worker()
c.send(None)
try:
    c.throw(IndexError("out"))
except IndexError as e:
    print("IndexError:", e)
print("frame cleared:", c.cr_frame is None)
