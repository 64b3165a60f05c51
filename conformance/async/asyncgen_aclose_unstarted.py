# aclose() on an unstarted async generator finishes it without running the body.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
    finally:
        print("not printed")

g = gen()
print("aclose:", step(g.aclose()))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
