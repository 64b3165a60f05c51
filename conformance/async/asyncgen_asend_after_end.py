# asend and athrow on a finished async generator: athrow just finishes with None.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    yield 1

g = gen()
print(step(g.asend(None)))
try:
    step(g.asend(None))
except StopAsyncIteration:
    print("asend: StopAsyncIteration")
try:
    step(g.asend(None))
except StopAsyncIteration:
    print("asend again: StopAsyncIteration")
print("athrow on finished:", step(g.athrow(ValueError("late"))))
