# sleep(0) yields once: two tasks alternate step by step.
import asyncio

async def ping(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(ping("ping", 3), ping("pong", 3))

asyncio.run(main())
