# await as an operand: in arithmetic, calls, subscripts and return values.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def val(x):
    return x

async def main():
    a = await val(3) + await val(4)
    b = [await val(i) for i in range(3)]
    c = {"k": await val("v")}
    d = str(await val(9))
    e = (await val([1, 2, 3]))[1]
    f = -await val(5)
    return a, b, c["k"], d, e, f

print(run(main()))
