# StopAsyncIteration raised inside an async generator becomes RuntimeError.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    yield 1
    raise StopAsyncIteration

g = gen()
print(step(g.__anext__()))
try:
    step(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
