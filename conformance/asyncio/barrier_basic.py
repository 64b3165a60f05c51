# Barrier releases all parties together; wait() returns distinct indices.
import asyncio

async def party(barrier, name, delay, indices):
    await asyncio.sleep(delay)
    print(name, "arrives")
    indices.append(await barrier.wait())
    print(name, "passes")

async def main():
    barrier = asyncio.Barrier(3)
    indices = []
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting)
    await asyncio.gather(party(barrier, "a", 0.01, indices), party(barrier, "b", 0.02, indices), party(barrier, "c", 0.03, indices))
    print("indices:", sorted(indices), "broken:", barrier.broken)

asyncio.run(main())
