# Semaphore(2) lets at most two holders in at a time.
import asyncio

active = [0]
peak = [0]

async def worker(sem, name):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        print(name, "enter")
        # sleep(0) hops instead of a timer: equal real-time deadlines could wake a and b in separate loop passes.
        await asyncio.sleep(0)
        active[0] -= 1
        print(name, "leave")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[worker(sem, n) for n in ["a", "b", "c", "d"]])
    print("peak:", peak[0], "locked:", sem.locked())

asyncio.run(main())
