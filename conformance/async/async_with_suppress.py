# A true result from __aexit__ suppresses the exception raised in the body.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suppress:
    async def __aexit__(self, typ, val, tb):
        print("aexit got", typ.__name__, list(val.args), tb is not None)
        return True

    async def __aenter__(self):
        return self

async def main():
    async with Suppress():
        raise ValueError("hidden")
    print("continued after suppression")
    return 1

print(run(main()))
