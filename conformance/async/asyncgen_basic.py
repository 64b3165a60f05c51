# An async generator used with async for yields its values in order.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def ticker(n):
    for i in range(n):
        yield i * 2

async def main():
    out = []
    async for v in ticker(4):
        out.append(v)
    return out

print(run(main()))
