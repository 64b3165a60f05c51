# Stepping a coroutine by hand with send(None) until StopIteration carries the result.
async def add(a, b):
    return a + b

coro = add(2, 3)
steps = 0
try:
    while True:
        coro.send(None)
        steps += 1
except StopIteration as e:
    print("steps:", steps)
    print("value:", e.value)
    print("args:", list(e.args))
