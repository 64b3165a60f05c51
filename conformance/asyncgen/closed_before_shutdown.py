# Generators closed or exhausted before shutdown are not closed again.
import asyncio

keep = []


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")


async def main():
    a, b, c = gen("a"), gen("b"), gen("c")
    keep.extend([a, b, c])
    await a.__anext__()
    await a.aclose()
    async for _ in b:
        pass
    await c.__anext__()
    print("main: end")


asyncio.run(main())
print("after run")
