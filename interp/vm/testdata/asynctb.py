# Traceback lines through async with, async for and multi-line awaits.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class M:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise KeyError("exit")

class It:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext")

async def f():
    async with M():
        pass

async def g():
    x = 1
    async for i in It():
        pass

async def h():
    return (
        await
        f()
    )

async def body():
    async with M():
        raise IndexError("body")

for fn in (f, g, h, body):
    try:
        run(fn())
    except Exception as e:
        print(name_of(e), tb_lines(e), name_of(context_of(e)) if context_of(e) else None)
