# A coroutine without return finishes with StopIteration whose value is None.
async def nothing():
    pass

async def explicit():
    return None

async def falsy():
    return 0

for f in [nothing, explicit, falsy]:
    c = f()
    try:
        c.send(None)
    except StopIteration as e:
        print(f.__name__, "value:", e.value, "args:", list(e.args))
