# Barrier.abort breaks the barrier: waiters get BrokenBarrierError.
import asyncio

async def party(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(name, "got BrokenBarrierError")

async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, n)) for n in ["a", "b"]]
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("late waiter also broken")

asyncio.run(main())
