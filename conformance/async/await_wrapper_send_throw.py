# The __await__ wrapper forwards send, throw and close to the coroutine.
import types

@types.coroutine
def pause(v):
    return (yield v)

async def f():
    try:
        x = await pause("one")
        print("got", x)
        await pause("two")
    except KeyError as e:
        print("caught", list(e.args))
        return "after throw"

w = f().__await__()
print(w.send(None))
print(w.send("sent"))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("value:", e.value)
print("close:", w.close())
