# asyncio.get_event_loop outside a running loop (CPython 3.11.7): it makes
# and sets a loop once, returns it after, and raises once set_event_loop
# was called with None; inside a coroutine it is the running loop.
import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print(loop.run_until_complete(main()))
print(asyncio.get_event_loop_policy().get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("RuntimeError:", exc)
other = asyncio.new_event_loop()
asyncio.set_event_loop(other)
print(asyncio.get_event_loop() is other, other is not loop)
other.close()
loop.close()
print(asyncio.get_event_loop() is other, other.is_closed())
