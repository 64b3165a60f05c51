# An async for over a fresh generator, broken out of: the generator's
# finally runs before asyncio.run returns.
import asyncio


async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers: finally")


async def main():
    async for x in numbers():
        print("got", x)
        if x == 1:
            break
    print("main: end")


asyncio.run(main())
print("after run")
