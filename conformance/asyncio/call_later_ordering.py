# call_later callbacks fire by deadline, not by scheduling order.
import asyncio

order = []

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.03, order.append, "30ms")
    loop.call_later(0.01, order.append, "10ms")
    loop.call_later(0.02, order.append, "20ms")
    await asyncio.sleep(0.05)
    print("fired:", order)

asyncio.run(main())
