# asyncio.run rejects what is not a coroutine.
import asyncio

async def main():
    return 1

for bad in [42, None, "text"]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
