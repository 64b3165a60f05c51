# A generator held in a local of main, left suspended: closed at shutdown.
import asyncio


async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker: finally")


async def main():
    t = ticker()
    print(await t.__anext__(), await t.__anext__())
    print("main: end")
    return "result"


print(asyncio.run(main()))
print("after run")
