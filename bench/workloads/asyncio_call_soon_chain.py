# A chain of n call_soon callbacks, each scheduling the next.
import asyncio


async def main(n):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = [n]

    def step():
        left[0] -= 1
        if left[0] > 0:
            loop.call_soon(step)
        else:
            done.set_result(None)

    loop.call_soon(step)
    await done


def run(n):
    asyncio.run(main(n))
