# Inside a coroutine get_event_loop returns the running loop; loop.time never goes backwards.
import asyncio

async def main():
    running = asyncio.get_running_loop()
    print("same loop:", asyncio.get_event_loop() is running)
    t1 = running.time()
    await asyncio.sleep(0.01)
    t2 = running.time()
    print("time advances:", t2 > t1)
    print("is_running:", running.is_running(), "is_closed:", running.is_closed())
    return running

loop = asyncio.run(main())
print("closed after run:", loop.is_closed(), "running:", loop.is_running())
