# asyncio.sleep returns its result argument; negative delays act like zero.
import asyncio

async def main():
    print("result:", await asyncio.sleep(0, "zero"))
    print("result:", await asyncio.sleep(0.001, result=[1, 2]))
    print("negative:", await asyncio.sleep(-1, "neg"))
    print("default:", await asyncio.sleep(0))

asyncio.run(main())
