# Async generators are not ordinary iterables; they have no __next__.
async def gen():
    yield 1

g = gen()
print(type(g).__name__)
try:
    iter(g)
except TypeError as e:
    print("iter:", e)
try:
    for x in g:
        pass
except TypeError as e:
    print("for:", e)
print("has __anext__:", hasattr(g, "__anext__"), "has __next__:", hasattr(g, "__next__"))
print("aiter is self:", g.__aiter__() is g)
