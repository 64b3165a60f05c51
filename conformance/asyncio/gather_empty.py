# gather() with no arguments gives an empty list; a repeated coroutine runs once.
import asyncio

calls = []

async def once():
    calls.append(1)
    return "v"

async def main():
    print("empty:", await asyncio.gather())
    c = once()
    print("same coroutine twice:", await asyncio.gather(c, c))
    print("calls:", len(calls))

asyncio.run(main())
