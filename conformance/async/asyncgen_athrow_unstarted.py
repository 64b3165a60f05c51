# athrow() into an unstarted async generator raises the exception at once.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    print("never")
    yield 1

g = gen()
try:
    step(g.athrow(ValueError("early")))
except ValueError as e:
    print("ValueError:", e)
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("finished")
