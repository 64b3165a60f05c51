# Event.set wakes every waiter, in the order they started waiting.
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ["w1", "w2", "w3"]]
    await asyncio.sleep(0)
    ev.set()
    print("set, is_set:", ev.is_set())
    await asyncio.gather(*tasks)

asyncio.run(main())
