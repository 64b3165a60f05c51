# async for runs else when exhausted and skips it after break.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Range:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    async for x in Range(3):
        print("a", x)
    else:
        print("else after exhaustion")
    async for x in Range(5):
        if x == 2:
            break
        print("b", x)
    else:
        print("not printed")
    async for x in Range(4):
        if x % 2:
            continue
        print("c", x)
    return "end"

print(run(main()))
