# Outside a running loop, get_running_loop, create_task and current_task raise RuntimeError.
import asyncio

async def coro():
    return 1

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
c = coro()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("create_task:", e)
c.close()
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task:", e)
print("_get_running_loop:", asyncio._get_running_loop())
