# The asyncio submodules programs import names from give asyncio's objects.
import asyncio
import asyncio.exceptions
import asyncio.tasks as tasks
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.futures import Future
from asyncio.locks import Lock, Event
from asyncio.queues import Queue, QueueEmpty
from asyncio.runners import Runner, run
from asyncio.timeouts import timeout
from asyncio.events import get_running_loop, AbstractEventLoop
from asyncio.coroutines import iscoroutine
from asyncio import exceptions

print(asyncio.exceptions.CancelledError is asyncio.CancelledError)
print(CancelledError is asyncio.CancelledError, InvalidStateError is asyncio.InvalidStateError)
print(asyncio.exceptions.TimeoutError is TimeoutError)
print(tasks.sleep is asyncio.sleep, tasks.gather is asyncio.gather, tasks.Task is asyncio.Task)
print(Future is asyncio.Future, Lock is asyncio.Lock, Event is asyncio.Event)
print(Queue is asyncio.Queue, QueueEmpty is asyncio.QueueEmpty)
print(Runner is asyncio.Runner, run is asyncio.run, timeout is asyncio.timeout)
print(get_running_loop is asyncio.get_running_loop, iscoroutine is asyncio.iscoroutine)
print(exceptions is asyncio.exceptions, asyncio.tasks is tasks)
print(asyncio.futures.Future is Future, asyncio.locks.Lock is Lock)


async def main():
    try:
        async with timeout(0):
            await asyncio.sleep(1)
    except exceptions.TimeoutError:
        print("timed out")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except CancelledError:
        print("cancelled")

run(main())
