# Nested and multi-item async with enter in order and exit in reverse.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ is None)

async def main():
    async with CM("a") as a, CM("b") as b:
        async with CM("c") as c:
            print("body", a, b, c)

run(main())
