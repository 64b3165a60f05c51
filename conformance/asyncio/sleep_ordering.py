# Tasks sleeping different amounts wake in order of their deadlines.
import asyncio

async def sleeper(delay, name):
    await asyncio.sleep(delay)
    print("woke", name)

async def main():
    await asyncio.gather(
        sleeper(0.03, "c"),
        sleeper(0.01, "a"),
        sleeper(0.02, "b"),
        sleeper(0, "zero"),
    )

asyncio.run(main())
