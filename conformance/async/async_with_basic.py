# async with calls __aenter__ and __aexit__ and binds the entered value.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Resource:
    async def __aenter__(self):
        print("enter")
        return "the resource"

    async def __aexit__(self, typ, val, tb):
        print("exit", typ, val, tb)
        return False

async def main():
    async with Resource() as r:
        print("body with", r)
    print("after")
    return "ok"

print(run(main()))
