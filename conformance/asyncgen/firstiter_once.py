# firstiter is called once per generator, at the first __anext__, asend,
# athrow or aclose call (even before the awaitable is awaited); the
# finalizer in place then is the one the generator keeps.
import sys

calls = []


def first(agen):
    calls.append(agen.__name__)


sys.set_asyncgen_hooks(firstiter=first)


async def g1():
    yield 1
    yield 2


async def g2():
    yield 1


async def g3():
    yield 1


async def g4():
    yield 1


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stop"


a = g1()
print(calls)
aw = a.__anext__()
print(calls)
print(step(aw), step(a.__anext__()), step(a.asend(None)), step(a.__anext__()))
print(calls)

b = g2()
b.asend(None)
print(calls)

c = g3()
c.athrow(ValueError)
print(calls)

d = g4()
d.aclose()
d.aclose()
print(calls)

# Creating or aiter'ing a generator does not count.
e = g1()
e.__aiter__()
print(calls)
sys.set_asyncgen_hooks(None, None)
