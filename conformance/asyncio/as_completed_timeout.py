# as_completed raises TimeoutError for the awaitables not done in time.
import asyncio

async def delayed(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    # quick needs no timer and the deadline is far off, so a late loop wake-up cannot reorder them.
    aws = [delayed("quick", 0), delayed("slow", 10)]
    try:
        for fut in asyncio.as_completed(aws, timeout=0.3):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("timed out waiting for the rest")

asyncio.run(main())
