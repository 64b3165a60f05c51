# async def closures capture enclosing variables and parameters.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def make(n):
    async def add(x):
        return x + n
    return add

async def counter():
    count = 0
    async def bump():
        nonlocal count
        count += 1
        return count
    await bump()
    await bump()
    return await bump()

print(run(make(10)(5)))
print(run(counter()))
