# Control flow through nested async for and async with: continue, break,
# finally and exceptions, which keep the iterators on the stack.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

class M:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        print("exit", a[0] is not None)

async def main():
    out = []
    async for i in agen(5):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f")
    async for i in agen(3):
        async with M():
            if i == 1:
                continue
            async for j in agen(2):
                async with M():
                    if j:
                        break
                    out.append((i, j))
    try:
        async with M():
            async for k in agen(3):
                if k == 2:
                    raise ValueError
    except ValueError:
        out.append("VE")
    x = [i async for i in agen(3) async for j in agen(i)]
    out.append(x)
    return out

print(run(main()))
