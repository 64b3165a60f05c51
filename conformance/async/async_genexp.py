# An async generator expression is an async generator object.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

async def main():
    ge = (x * 10 async for x in agen())
    print(type(ge).__name__)
    out = []
    async for v in ge:
        out.append(v)
    return out

print(run(main()))
