# If the body swallows the cancellation, asyncio.timeout raises nothing but still reports expired().
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("swallowed")
            print("body continues")
    except TimeoutError:
        print("TimeoutError anyway")
    print("expired:", cm.expired())

asyncio.run(main())
