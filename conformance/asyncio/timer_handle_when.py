# TimerHandle.when() is the absolute loop time given to call_at.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    h = loop.call_at(base + 5, print, "never")
    print("when matches:", h.when() == base + 5)
    h2 = loop.call_later(10, print, "never")
    print("later is after at:", h2.when() > h.when())
    h.cancel()
    h2.cancel()
    print("done")

asyncio.run(main())
