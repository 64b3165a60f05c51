# async comprehensions: list, set, dict and with await in the element.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = sorted({x % 2 async for x in agen(5)})
    c = {x: x * x async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(6) if x % 2 == 0]
    f = [await double(x) async for x in agen(3)]
    return a, b, sorted(c.items()), d, e, f

for item in run(main()):
    print(item)
