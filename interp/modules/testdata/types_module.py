# The types module's type names and the types.coroutine decorator.
import types

async def co():
    return 1

def gen():
    yield

async def agen():
    yield

c = co()
assert type(c) is types.CoroutineType
assert type(gen()) is types.GeneratorType
assert type(agen()) is types.AsyncGeneratorType
assert type(co) is types.FunctionType and types.LambdaType is types.FunctionType
assert type(co.__code__) is types.CodeType
assert type(types) is types.ModuleType
c.close()

def plain():
    x = yield "first"
    return x

def make():
    def g():
        yield
    return g

# A generator function is changed in place and returned itself.
marked = types.coroutine(plain)
assert marked is plain
assert plain.__code__.co_flags & 0x100
assert plain.__code__.co_flags & 0x20

# Only the decorated function changes, not other functions of the same code.
g1 = make()
g2 = make()
types.coroutine(g1)
assert g1.__code__.co_flags & 0x100
assert not g2.__code__.co_flags & 0x100

# An async def function comes back unchanged.
assert types.coroutine(co) is co
assert not co.__code__.co_flags & 0x100

async def use():
    return await plain()

u = use()
assert u.send(None) == "first"
try:
    u.send("sent back")
    assert False
except StopIteration as e:
    assert e.value == "sent back"

# Other callables are wrapped; a plain generator they return becomes awaitable.
def returns_gen():
    return gen()

wrapped = types.coroutine(returns_gen)
assert wrapped is not returns_gen
assert wrapped.__name__ == "returns_gen" and wrapped.__wrapped__ is returns_gen
assert types.coroutine(len).__name__ == "len"
w = wrapped()
assert type(w) is not types.GeneratorType

async def await_wrapped():
    await wrapped()
    return "awaited"

a = await_wrapped()
assert a.send(None) is None
try:
    a.send(None)
    assert False
except StopIteration as e:
    assert e.value == "awaited"

# A wrapped callable returning something else passes it through.
assert types.coroutine(len)([1, 2]) == 2

try:
    types.coroutine(1)
    assert False
except TypeError as e:
    assert str(e) == "types.coroutine() expects a callable", e
print("ok")
