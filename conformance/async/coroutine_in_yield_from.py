# yield from a native coroutine inside a plain generator is a TypeError.
async def f():
    return 1

def g(c):
    yield from c

c = f()
try:
    next(g(c))
except TypeError as e:
    print("TypeError:", e)
c.close()
