# async for drives __aiter__/__anext__ until StopAsyncIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("stop")
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    seen = []
    async for x in Counter(3):
        seen.append(x)
    return seen

print(run(main()))
