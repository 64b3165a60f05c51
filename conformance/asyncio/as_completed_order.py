# as_completed yields awaitables in completion order.
import asyncio

async def delayed(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    aws = [delayed("c", 0.03), delayed("a", 0.01), delayed("b", 0.02)]
    for fut in asyncio.as_completed(aws):
        print("got", await fut)

asyncio.run(main())
