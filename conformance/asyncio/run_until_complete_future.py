# run_until_complete accepts a future and re-raises its exception.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print("future result:", loop.run_until_complete(fut))
bad = loop.create_future()
loop.call_soon(bad.set_exception, ValueError("from future"))
try:
    loop.run_until_complete(bad)
except ValueError as e:
    print("ValueError:", e)
loop.close()
