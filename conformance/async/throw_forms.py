# throw() accepts a class, a class with a value, and an instance.
import types

@types.coroutine
def pause():
    yield

async def catcher():
    while True:
        try:
            await pause()
        except Exception as e:
            print("caught", type(e).__name__, list(e.args))

c = catcher()
c.send(None)
c.throw(ValueError)
c.throw(ValueError, "with value")
c.throw(KeyError("instance"))
try:
    c.throw(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
print("closed")
