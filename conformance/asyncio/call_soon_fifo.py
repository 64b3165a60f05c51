# call_soon callbacks run in the order they were scheduled, after the current step.
import asyncio

order = []

def cb(name):
    order.append(name)

async def main():
    loop = asyncio.get_running_loop()
    for name in ["a", "b", "c", "d"]:
        loop.call_soon(cb, name)
    order.append("scheduled")
    await asyncio.sleep(0)
    print("after one yield:", order)

asyncio.run(main())
