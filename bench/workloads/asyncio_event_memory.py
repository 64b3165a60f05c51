# Memory per task: n tasks suspended in Event.wait() on one Event.
#
# memory(n) returns while the tasks are suspended, so the harness can read the
# process's memory with them alive; it returns a function that sets the Event,
# lets every task finish and closes the loop.
import asyncio


async def waiter(event):
    await event.wait()


def memory(n):
    loop = asyncio.new_event_loop()
    event = asyncio.Event()
    tasks = [loop.create_task(waiter(event)) for _ in range(n)]
    loop.run_until_complete(asyncio.sleep(0))

    def release():
        event.set()
        loop.run_until_complete(asyncio.gather(*tasks))
        loop.close()

    return release
