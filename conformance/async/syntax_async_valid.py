# Valid async constructs compile; the code flags say which kind each function is.
src = '''
async def co():
    await x
async def ag():
    yield 1
async def both():
    async with a as b:
        async for c in d:
            await c
def gen():
    yield
async def empty():
    pass
'''
code = compile(src, "<case>", "exec")
for const in code.co_consts:
    if hasattr(const, "co_flags"):
        f = const.co_flags
        print(const.co_name, "coroutine", f & 0x80 != 0, "asyncgen", f & 0x200 != 0, "generator", f & 0x20 != 0)
