# Primitives can be made outside a loop; sleep outside a loop fails when it is driven.
import asyncio

ev = asyncio.Event()
lock = asyncio.Lock()
q = asyncio.Queue()
print("made outside a loop:", ev.is_set(), lock.locked(), q.qsize())
c = asyncio.sleep(0.1)
try:
    c.send(None)
except RuntimeError as e:
    print("sleep driven by hand:", e)

async def use():
    await q.put(1)
    return await q.get()

print("used in a loop later:", asyncio.run(use()))
