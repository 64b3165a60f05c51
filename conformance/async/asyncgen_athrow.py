# athrow() raises inside the async generator; a handled one yields the next value.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return "value %s" % e.value

async def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("gen caught:", e)
            yield "recovered"

g = gen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("v1"))))
print(step(g.__anext__()))
try:
    step(g.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError escaped:", list(e.args))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("exhausted after error")
