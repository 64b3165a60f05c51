# cancel(msg) delivers the message as the CancelledError's argument.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", list(e.args))
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", list(e.args))

asyncio.run(main())
