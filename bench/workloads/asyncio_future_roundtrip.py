# n rounds of create_future, call_soon(set_result) and await.
import asyncio


async def main(n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        fut = loop.create_future()
        loop.call_soon(fut.set_result, i)
        await fut


def run(n):
    asyncio.run(main(n))
