# An object with __await__ can be awaited many times; a coroutine only once.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Reusable:
    def __init__(self):
        self.count = 0
    def __await__(self):
        self.count += 1
        return self.count
        yield

async def main():
    r = Reusable()
    a = await r
    b = await r
    return a, b, r.count

print(run(main()))
