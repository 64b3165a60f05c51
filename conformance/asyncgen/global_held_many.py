# Several suspended generators kept alive globally: shutdown_asyncgens
# closes them all (CPython's order depends on a weak set, so the names
# are sorted).
import asyncio

closed = []
keep = []


async def gen(name):
    try:
        yield name
        yield name + "!"
    finally:
        closed.append(name)


async def main():
    for name in ["c", "a", "b"]:
        g = gen(name)
        keep.append(g)
        print(await g.__anext__())


asyncio.run(main())
print(sorted(closed))
print([g.ag_frame is None for g in keep])
