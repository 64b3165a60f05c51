# wait_for around shield: the timeout fires but the shielded task keeps running.
import asyncio

async def work():
    await asyncio.sleep(0.03)
    print("work finished")
    return "kept"

async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out, task cancelled:", t.cancelled())
    print("result:", await t)

asyncio.run(main())
