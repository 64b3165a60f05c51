# Lock serializes critical sections; async with acquires and releases.
import asyncio

async def worker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(worker(lock, "a", log), worker(lock, "b", log), worker(lock, "c", log))
    for line in log:
        print(line)
    print("locked at end:", lock.locked())

asyncio.run(main())
