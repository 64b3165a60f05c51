# A coroutine can await in finally while an exception thrown into it is pending.
import types

@types.coroutine
def pause(v):
    yield v

async def f():
    try:
        await pause("body")
    finally:
        await pause("cleanup")
        print("cleanup done")

c = f()
print(c.send(None))
print(c.throw(ValueError("pending")))
try:
    c.send(None)
except ValueError as e:
    print("ValueError after cleanup:", e)
