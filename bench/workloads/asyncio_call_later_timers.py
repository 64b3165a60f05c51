# n call_later(0) timers scheduled at once; the last one to fire ends the run.
import asyncio


async def main(n):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = [n]

    def fire():
        left[0] -= 1
        if left[0] == 0:
            done.set_result(None)

    for _ in range(n):
        loop.call_later(0, fire)
    await done


def run(n):
    asyncio.run(main(n))
