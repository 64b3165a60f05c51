# async def with defaults, keyword arguments, *args and **kwargs.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def f(a, b=2, *args, c=3, **kw):
    return [a, b, list(args), c, sorted(kw.items())]

print(run(f(1)))
print(run(f(1, 5, 6, 7, c=8, z=9)))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
