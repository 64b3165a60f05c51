# A false result from __aexit__ lets the exception continue.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Logger:
    async def __aenter__(self):
        print("enter")

    async def __aexit__(self, typ, val, tb):
        print("exit with", typ.__name__)
        return None

async def main():
    async with Logger():
        raise KeyError("visible")

try:
    run(main())
except KeyError as e:
    print("KeyError:", list(e.args))
