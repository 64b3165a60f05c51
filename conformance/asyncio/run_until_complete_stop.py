# loop.stop() inside run_until_complete ends it early with RuntimeError.
import asyncio

async def stops(loop):
    loop.stop()
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
task = loop.create_task(stops(loop))
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("task cancelled:", task.cancelled())
loop.close()
