# __await__ must return an iterator; anything else is a TypeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class ReturnsInt:
    def __await__(self):
        return 42

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsNone:
    def __await__(self):
        return None

async def go(x):
    return await x

for cls in [ReturnsInt, ReturnsList, ReturnsNone]:
    try:
        run(go(cls()))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
