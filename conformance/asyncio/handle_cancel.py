# A cancelled Handle or TimerHandle never runs; cancelled() reports it.
import asyncio

order = []

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(order.append, "soon")
    h2 = loop.call_soon(order.append, "soon-cancelled")
    t1 = loop.call_later(0.01, order.append, "timer-cancelled")
    t2 = loop.call_later(0.01, order.append, "timer")
    h2.cancel()
    t1.cancel()
    print("cancelled flags:", h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    await asyncio.sleep(0.03)
    print("ran:", order)
    h2.cancel()
    print("cancel twice ok:", h2.cancelled())

asyncio.run(main())
