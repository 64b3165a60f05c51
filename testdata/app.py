import asyncio

events = []

def add(a, b):
    return a + b

async def slow_double(x):
    await asyncio.sleep(0.01)
    return 2 * x

async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad value")

async def wait_forever():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        events.append("cancelled")
        raise
    finally:
        events.append("finally")

def get_events():
    return list(events)

async def await_go(fut):
    return await fut
