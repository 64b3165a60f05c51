# asyncio.run returns the coroutine's value; each call uses a new loop.
import asyncio

async def main(x):
    await asyncio.sleep(0)
    return x * 2

print("run:", asyncio.run(main(21)))
print("again:", asyncio.run(main("ab")))
print("list:", asyncio.run(main([None])))
print("no loop left running:", asyncio._get_running_loop())
