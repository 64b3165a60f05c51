# An async generator that yields during aclose() makes aclose() raise RuntimeError.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"

g = gen()
step(g.__anext__())
try:
    step(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
