# Timers with identical deadlines fire in heapq order (not FIFO for ties): CPython keeps timers in a binary heap.
import asyncio

order = []

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    for i in range(5):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.03)
    print("fired:", order)

asyncio.run(main())
