# asend and athrow count as the first iteration for the loop too: the
# generator is tracked and closed at shutdown.
import asyncio

keep = []


async def gen():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)
        finally:
            print("finally")


async def main():
    g = gen()
    keep.append(g)
    await g.asend(None)
    await g.asend("hello")
    await g.athrow(ValueError("v"))
    print("main: end")


asyncio.run(main())
print("after run")
