# Spawning n trivial tasks and gathering them.
import asyncio


async def trivial():
    return None


async def main(n):
    await asyncio.gather(*[asyncio.create_task(trivial()) for _ in range(n)])


def run(n):
    asyncio.run(main(n))
