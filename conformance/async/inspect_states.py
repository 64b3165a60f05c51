# inspect.getcoroutinestate and getgeneratorstate through the life of each object.
import inspect
import types

@types.coroutine
def pause():
    yield

async def co():
    print("inside:", inspect.getcoroutinestate(c))
    await pause()

def gen():
    print("inside:", inspect.getgeneratorstate(g))
    yield

c = co()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
