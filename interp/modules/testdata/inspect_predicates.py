# inspect's predicates on every kind of function and object.
import inspect
import types

async def co():
    pass

def gen():
    yield

async def agen():
    yield

@types.coroutine
def gco():
    yield

class Aw:
    def __await__(self):
        return iter([])

    def method(self):
        pass

    async def amethod(self):
        pass

assert inspect.isfunction(co) and inspect.isfunction(gen) and inspect.isfunction(agen)
assert not inspect.isfunction(len) and not inspect.isfunction(Aw) and not inspect.isfunction(1)
assert inspect.isclass(Aw) and inspect.isclass(int)
assert not inspect.isclass(Aw()) and not inspect.isclass(1)

assert inspect.iscoroutinefunction(co)
assert inspect.iscoroutinefunction(Aw().amethod)
assert not inspect.iscoroutinefunction(gen) and not inspect.iscoroutinefunction(agen)
assert not inspect.iscoroutinefunction(gco) and not inspect.iscoroutinefunction(len)
assert inspect.isgeneratorfunction(gen) and inspect.isgeneratorfunction(gco)
assert not inspect.isgeneratorfunction(co) and not inspect.isgeneratorfunction(agen)
assert not inspect.isgeneratorfunction(Aw().method)
assert inspect.isasyncgenfunction(agen)
assert not inspect.isasyncgenfunction(co) and not inspect.isasyncgenfunction(gen)

c = co()
g = gen()
a = agen()
assert inspect.iscoroutine(c) and not inspect.iscoroutine(g) and not inspect.iscoroutine(gco())
assert inspect.isgenerator(g) and inspect.isgenerator(gco()) and not inspect.isgenerator(c)
assert inspect.isasyncgen(a) and not inspect.isasyncgen(g) and not inspect.isasyncgen(c)
assert inspect.isawaitable(c) and inspect.isawaitable(gco()) and inspect.isawaitable(Aw())
assert not inspect.isawaitable(g) and not inspect.isawaitable(a) and not inspect.isawaitable(Aw)
assert not inspect.isawaitable(1) and not inspect.isawaitable(None)
assert inspect.isawaitable(a.__anext__())
c.close()

assert inspect.CO_COROUTINE == 0x80 and inspect.CO_ITERABLE_COROUTINE == 0x100
assert inspect.CO_GENERATOR == 0x20 and inspect.CO_ASYNC_GENERATOR == 0x200
assert inspect.isfunction(object=co)

try:
    inspect.isfunction()
    assert False
except TypeError as e:
    assert str(e) == "isfunction() missing 1 required positional argument: 'object'", e
try:
    inspect.iscoroutine(1, 2)
    assert False
except TypeError as e:
    assert str(e) == "iscoroutine() takes 1 positional argument but 2 were given", e
try:
    inspect.isclass(x=1)
    assert False
except TypeError as e:
    assert str(e) == "isclass() got an unexpected keyword argument 'x'", e
print("ok")
