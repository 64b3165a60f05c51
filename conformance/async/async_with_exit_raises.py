# An exception raised by __aexit__ replaces the body's exception.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("exit failed while handling " + typ.__name__)

async def main():
    async with CM():
        raise ValueError("body")

try:
    run(main())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("context:", type(e.__context__).__name__)
