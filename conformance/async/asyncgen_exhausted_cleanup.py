# An async generator run to the end runs its finally before StopAsyncIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally on exhaustion")

async def main():
    got = []
    async for v in gen():
        got.append(v)
    print("loop done")
    return got

print(run(main()))
