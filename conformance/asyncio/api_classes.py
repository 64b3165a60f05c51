# The classes of the asyncio API: isinstance of the loop, isfuture, the
# submodule names, handles and their methods.
import asyncio
import asyncio.events


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop))
    print(isinstance(loop, asyncio.BaseEventLoop))
    print(isinstance(loop, asyncio.events.AbstractEventLoop))
    print(asyncio.events.AbstractEventLoop is asyncio.AbstractEventLoop)
    print(asyncio.Handle, asyncio.TimerHandle)
    print(asyncio.AbstractEventLoop, asyncio.BaseEventLoop)
    print(issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))
    print(asyncio.AbstractEventLoop is asyncio.BaseEventLoop)
    print(asyncio.Future, asyncio.Task)
    print(asyncio.isfuture(loop.create_future()), asyncio.isfuture(asyncio.current_task()))
    print(asyncio.isfuture(None), asyncio.isfuture(asyncio.sleep))

    h = loop.call_soon(print, "never")
    print(type(h).__name__, isinstance(h, asyncio.Handle), h.cancelled())
    h.cancel()
    print(h.cancelled())
    t = loop.call_later(10, print, "never")
    print(type(t).__name__, isinstance(t, asyncio.Handle), isinstance(t, asyncio.TimerHandle))
    print(round(t.when() - loop.time()))
    t.cancel()
    print(t.cancelled())

    print(loop.slow_callback_duration)
    loop.slow_callback_duration = 0.5
    print(loop.slow_callback_duration)


asyncio.run(main())
