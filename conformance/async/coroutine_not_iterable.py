# Native coroutines are not iterators: iter(), next() and for loops refuse them.
async def f():
    return 1

c = f()
try:
    iter(c)
except TypeError as e:
    print("iter:", e)
try:
    next(c)
except TypeError as e:
    print("next:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("for:", e)
c.close()
