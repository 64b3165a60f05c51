# throw() into a suspended coroutine can be caught; the coroutine goes on.
import types

@types.coroutine
def pause(v):
    return (yield v)

async def worker():
    try:
        await pause("waiting")
    except ValueError as e:
        print("worker caught:", e)
        r = await pause("after catch")
        return r
    return "not reached"

c = worker()
print("send:", c.send(None))
print("throw:", c.throw(ValueError("boom")))
try:
    c.send("finished")
except StopIteration as e:
    print("value:", e.value)
