# await inside while, for, if and try blocks keeps locals across suspensions.
import types

@types.coroutine
def tick(v):
    yield v

async def main():
    total = 0
    i = 0
    while i < 3:
        await tick(i)
        total += i
        i += 1
    for j in [10, 20]:
        if j > 10:
            await tick(j)
        total += j
    try:
        await tick("try")
        total += 100
    finally:
        await tick("finally")
    return total

c = main()
seen = []
try:
    while True:
        seen.append(c.send(None))
except StopIteration as e:
    print("seen:", seen)
    print("total:", e.value)
