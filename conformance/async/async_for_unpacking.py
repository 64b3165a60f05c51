# async for targets can unpack tuples and assign to attributes and subscripts.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pairs:
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return (self.i, self.i * self.i)

class Box:
    pass

async def main():
    for_out = []
    async for a, b in Pairs():
        for_out.append(a + b)
    box = Box()
    d = {}
    async for box.last in Pairs():
        pass
    async for d["k"] in Pairs():
        pass
    return for_out, box.last, d["k"]

print(run(main()))
