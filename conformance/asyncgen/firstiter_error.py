# An error in firstiter is raised by the call that ran it; the hook is
# not called again for that generator.
import sys

calls = 0


def first(agen):
    global calls
    calls += 1
    raise RuntimeError("firstiter failed %d" % calls)


sys.set_asyncgen_hooks(firstiter=first)


async def gen():
    yield "value"


g = gen()
try:
    g.__anext__()
except RuntimeError as e:
    print("RuntimeError:", e)
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("calls", calls)


async def main():
    async for x in gen():
        print(x)

try:
    main().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print("calls", calls)
sys.set_asyncgen_hooks(None, None)
