# return and break inside async with still call __aexit__ with None.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ)

async def ret():
    async with CM("ret"):
        return "returned"

async def brk():
    for i in range(3):
        async with CM("loop %d" % i):
            if i == 1:
                break
            continue
    return "broke"

print(run(ret()))
print(run(brk()))
