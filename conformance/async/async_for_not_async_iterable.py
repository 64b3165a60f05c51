# async for over a plain iterable, or an __aiter__ result without __anext__, is a TypeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class NoAnext:
    def __aiter__(self):
        return 5

async def loop(x):
    async for i in x:
        print(i)

for obj in [[1, 2], NoAnext(), None]:
    try:
        run(loop(obj))
    except TypeError as e:
        print("TypeError:", e)
