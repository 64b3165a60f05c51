# Waiters woken by set() still wake even if clear() runs before they resume.
import asyncio

async def waiter(ev, name):
    result = await ev.wait()
    print(name, "woke with", result, "is_set now", ev.is_set())

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ["a", "b"]]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)

asyncio.run(main())
