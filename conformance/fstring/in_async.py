# f-strings can contain await inside async functions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def value(x):
    return x * 3

async def main():
    return f"{await value(2)} and {await value('ab')!r}"

print(run(main()))
