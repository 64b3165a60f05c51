# Awaits of a trivial coroutine inside one asyncio.run: the cost of await itself.
import asyncio


async def trivial():
    return 1


async def main(n):
    for _ in range(n):
        await trivial()


def run(n):
    asyncio.run(main(n))
