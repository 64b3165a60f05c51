# run_until_complete on a fresh loop returns the result; the loop is reusable until closed.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print("first:", loop.run_until_complete(add(1, 2)))
print("second:", loop.run_until_complete(add(3, 4)))
loop.close()
print("closed:", loop.is_closed())
coro = add(5, 6)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
