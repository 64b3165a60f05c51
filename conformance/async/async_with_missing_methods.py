# async with on objects lacking __aenter__/__aexit__ raises TypeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class OnlyEnter:
    async def __aenter__(self):
        return self

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def use(cm):
    async with cm:
        print("body")

for cm in [OnlyEnter(), SyncOnly(), 5]:
    try:
        run(use(cm))
    except TypeError as e:
        print("TypeError:", e)
