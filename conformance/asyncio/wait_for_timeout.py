# wait_for raises TimeoutError and cancels the inner coroutine when time runs out.
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: cancelled by wait_for")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError:", type(e).__name__, list(e.args))
        print("is builtin TimeoutError:", asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
