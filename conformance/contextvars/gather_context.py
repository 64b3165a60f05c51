# Coroutines passed to gather are wrapped in tasks, each with its own context copy.
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)

async def bump(n):
    for _ in range(n):
        counter.set(counter.get() + 1)
        await asyncio.sleep(0)
    return counter.get()

async def main():
    counter.set(100)
    print("results:", await asyncio.gather(bump(1), bump(2), bump(3)))
    print("main unchanged:", counter.get())
    print("awaited directly shares context:", await bump(2), counter.get())

asyncio.run(main())
