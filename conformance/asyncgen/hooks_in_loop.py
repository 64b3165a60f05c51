# A running loop installs its own hooks and restores the previous ones
# when it stops.
import asyncio
import sys


def mine(agen):
    pass


sys.set_asyncgen_hooks(firstiter=mine)


async def main():
    h = sys.get_asyncgen_hooks()
    print(h.firstiter.__name__, h.finalizer.__name__)
    print(h.firstiter.__self__ is asyncio.get_running_loop())


asyncio.run(main())
h = sys.get_asyncgen_hooks()
print(h.firstiter is mine, h.finalizer)

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print(sys.get_asyncgen_hooks().firstiter is mine)
loop.close()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
