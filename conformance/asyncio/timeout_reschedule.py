# Timeout.reschedule moves the deadline of a running timeout.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(loop.time() + 0.01)
            print("rescheduled:", cm.when() is not None)
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out after reschedule")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("reschedule(None) disabled it:", cm.expired())

asyncio.run(main())
