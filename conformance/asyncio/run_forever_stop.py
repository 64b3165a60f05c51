# run_forever runs callbacks until stop() is called from one of them.
import asyncio

loop = asyncio.new_event_loop()
log = []

def tick(n):
    log.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(tick, n + 1)

loop.call_soon(tick, 1)
loop.run_forever()
print("ticks:", log, "running:", loop.is_running())
loop.close()
