# co_flags of async def, async generator and generator functions, and of their objects' code.
async def co():
    pass

async def ag():
    yield

def gen():
    yield

def show(name, flags):
    print(name, "coroutine:", flags & 0x80 != 0, "asyncgen:", flags & 0x200 != 0,
          "generator:", flags & 0x20 != 0, "iterable coroutine:", flags & 0x100 != 0)

show("co", co.__code__.co_flags)
show("ag", ag.__code__.co_flags)
show("gen", gen.__code__.co_flags)
c = co()
print(c.cr_code is co.__code__)
print(ag().ag_code is ag.__code__, gen().gi_code is gen.__code__)
c.close()
