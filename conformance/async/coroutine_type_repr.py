# type() of a coroutine and of the __await__ wrapper; __await__ iterates the coroutine.
async def f():
    return 5

c = f()
print(type(c).__name__)
w = c.__await__()
print(type(w).__name__)
print("iter(w) is w:", iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("value via wrapper:", e.value)
