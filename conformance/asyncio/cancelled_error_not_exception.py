# CancelledError derives from BaseException, so "except Exception" does not catch it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("wrongly caught")
    return "never"

async def main():
    try:
        raise asyncio.CancelledError()
    except Exception:
        print("raised CancelledError caught as Exception")
    except BaseException:
        print("raised CancelledError caught as BaseException")
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("propagated past except Exception")

asyncio.run(main())
