# call_soon_threadsafe from the loop's own thread behaves like call_soon, in FIFO order with it.
import asyncio

order = []

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, "soon-1")
    loop.call_soon_threadsafe(order.append, "threadsafe")
    loop.call_soon(order.append, "soon-2")
    await asyncio.sleep(0)
    print("order:", order)
    print("is_running inside:", loop.is_running())

asyncio.run(main())
