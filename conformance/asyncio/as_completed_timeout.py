# as_completed raises TimeoutError for the awaitables not done in time.
import asyncio

async def delayed(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    aws = [delayed("quick", 0.01), delayed("slow", 1)]
    try:
        for fut in asyncio.as_completed(aws, timeout=0.05):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("timed out waiting for the rest")

asyncio.run(main())
