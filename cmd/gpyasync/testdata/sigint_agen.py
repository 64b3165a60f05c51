import asyncio

async def agen():
    try:
        yield 1
        await asyncio.sleep(30)
        yield 2
    finally:
        print("agen cleanup", flush=True)

keep = []

async def main():
    g = agen()
    keep.append(g)
    print(await g.__anext__(), flush=True)
    try:
        await asyncio.sleep(30)
    finally:
        print("main cleanup", flush=True)

asyncio.run(main())
