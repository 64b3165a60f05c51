# A Barrier resets after each round and can be passed again.
import asyncio

async def party(barrier, name):
    for rnd in range(2):
        await barrier.wait()
        print(name, "passed round", rnd)

async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(party(barrier, "a"), party(barrier, "b"))
    print("waiting:", barrier.n_waiting, "broken:", barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
