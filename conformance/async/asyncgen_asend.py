# asend() delivers a value into the async generator at its yield.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def echo():
    received = None
    while True:
        received = yield "echo " + str(received)

g = echo()
print(step(g.asend(None)))
print(step(g.asend("one")))
print(step(g.asend("two")))
try:
    g.asend(None).throw(KeyError("stop"))
except KeyError as e:
    print("KeyError:", list(e.args))
