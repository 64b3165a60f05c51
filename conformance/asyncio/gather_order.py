# gather returns results in argument order, whatever order they finish in.
import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value

async def main():
    results = await asyncio.gather(delayed("slow", 0.03), delayed("fast", 0.01), delayed("mid", 0.02))
    print("results:", results)

asyncio.run(main())
