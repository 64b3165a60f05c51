# asyncio.timeout turns the inner cancellation into TimeoutError at the block's end.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("TimeoutError raised outside the block")
    print("expired:", cm.expired())

asyncio.run(main())
