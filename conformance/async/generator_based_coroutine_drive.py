# A types.coroutine generator awaited from async def gets sends and throws delegated.
import types

@types.coroutine
def worker():
    try:
        x = yield "w1"
        print("worker got", x)
        y = yield "w2"
    except KeyError as e:
        print("worker caught", list(e.args))
        return "worker recovered"
    return "worker done"

async def main():
    r = await worker()
    print("main got", r)
    return r

c = main()
print(c.send(None))
print(c.send("hello"))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print("value:", e.value)
