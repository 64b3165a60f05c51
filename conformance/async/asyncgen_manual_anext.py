# Stepping an async generator by hand: __anext__() awaitables end in StopIteration(value).
async def agen():
    yield "a"
    yield "b"

g = agen()
for i in range(3):
    aw = g.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print("step", i, "value:", e.value)
    except StopAsyncIteration:
        print("step", i, "StopAsyncIteration")
