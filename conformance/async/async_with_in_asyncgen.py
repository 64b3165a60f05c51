# async with around yields in an async generator exits when the generator is closed.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

class CM:
    async def __aenter__(self):
        print("enter")
    async def __aexit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)

async def gen():
    async with CM():
        yield 1
        yield 2

g = gen()
print(step(g.__anext__()))
step(g.aclose())
print("closed")
