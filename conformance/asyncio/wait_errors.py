# wait() rejects an empty set, a bad return_when and bare coroutines.
import asyncio

async def coro():
    return 1

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(coro())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    c = coro()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    await t

asyncio.run(main())
