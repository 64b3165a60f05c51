# A tiny round-robin scheduler interleaves several coroutines driven by send(None).
import types

@types.coroutine
def switch():
    yield

async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await switch()
    return name + " finished"

tasks = [worker("a", 2), worker("b", 3), worker("c", 1)]
results = []
while tasks:
    t = tasks[0]
    tasks = tasks[1:]
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results.append(e.value)
print(results)
