# await on a chain of native coroutines passes return values up the chain.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def leaf(n):
    return n * 10

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    total = 0
    for i in range(3):
        r = await middle(i)
        print("middle", i, "->", r)
        total += r
    return total

print("result:", run(top()))
