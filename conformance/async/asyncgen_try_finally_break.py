# Breaking out of async for leaves the async generator suspended; aclose runs its finally.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally")

async def main():
    g = gen()
    async for x in g:
        if x == 2:
            break
        print("x", x)
    print("after break")
    await g.aclose()
    print("after aclose")

run(main())
