import asyncio

async def main():
    try:
        print("sleeping", flush=True)
        await asyncio.sleep(30)
    finally:
        print("cleanup", flush=True)

with asyncio.Runner() as runner:
    runner.run(main())
