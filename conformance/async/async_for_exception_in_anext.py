# An exception other than StopAsyncIteration from __anext__ ends the loop with that error.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Flaky:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broken at 3")
        return self.i

async def main():
    try:
        async for x in Flaky():
            print("got", x)
    except ValueError as e:
        print("ValueError:", e)
    return "handled"

print(run(main()))
