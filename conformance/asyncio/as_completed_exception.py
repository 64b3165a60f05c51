# as_completed delivers an exception when its awaitable is awaited, in completion order.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("early failure")

async def ok():
    await asyncio.sleep(0.02)
    return "late ok"

async def main():
    for fut in asyncio.as_completed([ok(), fails()]):
        try:
            print("result:", await fut)
        except ValueError as e:
            print("error:", e)

asyncio.run(main())
