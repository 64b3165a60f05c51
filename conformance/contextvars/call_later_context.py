# call_later and call_at also take context=; each callback without one gets its own copy.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)

def bump(label):
    v.set(v.get() + 1)
    print(label, "now", v.get())

async def main():
    loop = asyncio.get_running_loop()
    shared = contextvars.copy_context()
    loop.call_later(0.001, bump, "shared-1", context=shared)
    loop.call_at(loop.time() + 0.002, bump, "shared-2", context=shared)
    loop.call_later(0.003, bump, "own-1")
    loop.call_later(0.004, bump, "own-2")
    await asyncio.sleep(0.02)
    print("shared holds", shared[v], "main holds", v.get())

asyncio.run(main())
