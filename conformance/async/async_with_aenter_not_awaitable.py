# __aenter__ must return an awaitable; a plain value is a TypeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sync:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "not awaitable"

async def use(cm):
    async with cm:
        print("body ran")

for cm in [Sync(), BadExit()]:
    try:
        run(use(cm))
    except TypeError as e:
        print("TypeError:", e)
