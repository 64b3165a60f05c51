# Awaiting objects without __await__ raises TypeError naming the type.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Plain:
    pass

async def wait_for(x):
    return await x

for obj in [1, "s", None, [1], Plain(), 2.5]:
    try:
        run(wait_for(obj))
    except TypeError as e:
        print("TypeError:", e)
