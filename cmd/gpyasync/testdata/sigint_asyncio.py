import asyncio

async def main():
    try:
        print("sleeping", flush=True)
        await asyncio.sleep(30)
    finally:
        print("cleanup", flush=True)

asyncio.run(main())
