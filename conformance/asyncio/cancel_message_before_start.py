# The message of a cancel() made before the first step reaches the awaiter.
import asyncio

async def worker():
    print("never runs")

async def main():
    t = asyncio.create_task(worker())
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", list(e.args))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() args:", list(e.args))

asyncio.run(main())
