# inspect predicates on coroutine, generator and async generator objects and functions.
import inspect
import types

async def co():
    pass

def gen():
    yield

async def agen():
    yield

class Aw:
    def __await__(self):
        return iter([])

@types.coroutine
def gco():
    yield

c = co()
for name in ["iscoroutinefunction", "isgeneratorfunction", "isasyncgenfunction", "isfunction"]:
    f = getattr(inspect, name)
    print(name, f(co), f(gen), f(agen), f(len))
for name in ["iscoroutine", "isgenerator", "isasyncgen", "isawaitable"]:
    f = getattr(inspect, name)
    print(name, f(c), f(gen()), f(agen()), f(Aw()), f(gco()), f(42))
print("isclass", inspect.isclass(Aw), inspect.isclass(Aw()), inspect.isclass(int))
c.close()
