# Task switches: up to 1000 tasks each awaiting sleep(0) in a loop, n switches in all.
import asyncio


async def spinner(steps):
    for _ in range(steps):
        await asyncio.sleep(0)


async def main(n):
    tasks = min(1000, n)
    await asyncio.gather(*[spinner(n // tasks) for _ in range(tasks)])


def run(n):
    asyncio.run(main(n))
