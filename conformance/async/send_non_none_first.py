# Sending a non-None value into a just-started coroutine is a TypeError.
async def f():
    return 1

c = f()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("then runs normally, value:", e.value)
