# call_later(0) is a timer: it runs after callbacks already queued with call_soon.
import asyncio

order = []

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, order.append, "later0-a")
    loop.call_soon(order.append, "soon-a")
    loop.call_later(0, order.append, "later0-b")
    loop.call_soon(order.append, "soon-b")
    await asyncio.sleep(0.01)
    print("order:", order)

asyncio.run(main())
