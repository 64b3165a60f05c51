# aclose() raises GeneratorExit at the yield and runs finally blocks.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(step(g.__anext__()))
print("aclose:", step(g.aclose()))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")
print("aclose again:", step(g.aclose()))
