# types.coroutine makes a generator function's generators awaitable.
import types

def plain():
    yield "plain"

@types.coroutine
def marked():
    x = yield "marked"
    return x

print("flag set:", marked.__code__.co_flags & 0x100 != 0)
print("plain flag:", plain.__code__.co_flags & 0x100 != 0)

async def use_marked():
    return await marked()

async def use_plain():
    return await plain()

c = use_marked()
print(c.send(None))
try:
    c.send("answer")
except StopIteration as e:
    print("value:", e.value)

try:
    use_plain().send(None)
except TypeError as e:
    print("TypeError:", e)
