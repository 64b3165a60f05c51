# __anext__ must return an awaitable.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def loop():
    async for i in BadAnext():
        print(i)

try:
    run(loop())
except TypeError as e:
    print("TypeError:", e)
