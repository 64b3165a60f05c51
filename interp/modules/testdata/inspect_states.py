# getgeneratorstate and getcoroutinestate through each object's life.
import inspect
import types

@types.coroutine
def pause():
    yield

seen = []

async def co():
    seen.append(inspect.getcoroutinestate(c))
    await pause()

def gen():
    seen.append(inspect.getgeneratorstate(g))
    yield

c = co()
assert inspect.getcoroutinestate(c) == "CORO_CREATED"
c.send(None)
assert inspect.getcoroutinestate(c) == inspect.CORO_SUSPENDED
c.close()
assert inspect.getcoroutinestate(c) == "CORO_CLOSED"

g = gen()
assert inspect.getgeneratorstate(g) == "GEN_CREATED"
next(g)
assert inspect.getgeneratorstate(generator=g) == inspect.GEN_SUSPENDED
try:
    next(g)
except StopIteration:
    pass
assert inspect.getgeneratorstate(g) == "GEN_CLOSED"
assert seen == ["CORO_RUNNING", "GEN_RUNNING"], seen

unstarted = co()
unstarted.close()
assert inspect.getcoroutinestate(unstarted) == "CORO_CLOSED"

try:
    inspect.getgeneratorstate(1)
    assert False
except AttributeError as e:
    assert str(e) == "'int' object has no attribute 'gi_running'", e
try:
    inspect.getcoroutinestate(gen())
    assert False
except AttributeError as e:
    assert str(e) == "'generator' object has no attribute 'cr_running'", e
try:
    inspect.getcoroutinestate()
    assert False
except TypeError as e:
    assert str(e) == "getcoroutinestate() missing 1 required positional argument: 'coroutine'", e
print("ok")
