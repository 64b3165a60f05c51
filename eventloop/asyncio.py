# The parts of asyncio written in Python, on the Go primitives the module
# defines before running this code.

_bind_fast()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    # Cancel fut and wait until it is really done, ignoring its outcome.
    waiter = get_running_loop().create_future()

    def release(_):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)

    def release(_):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


def _without(items, item):
    return [x for x in items if x is not item]


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = get_running_loop()
    unique = []
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
        if f not in unique:
            unique.append(f)
    fs = unique
    left = len(fs)
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _release_waiter, waiter)

    def on_completion(f):
        nonlocal left
        left -= 1
        if (left <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if handle is not None:
                handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    loop = get_event_loop()
    todo = []
    for f in set(fs):
        todo.append(ensure_future(f, loop=loop))
    finished = []
    getters = []
    handle = None

    def put(item):
        finished.append(item)
        while getters:
            g = getters[0]
            del getters[0]
            if not g.done():
                g.set_result(None)
                break

    def on_timeout():
        nonlocal todo
        for f in todo:
            f.remove_done_callback(on_completion)
            put(None)
        todo = []

    def on_completion(f):
        nonlocal todo
        if not todo:
            return
        todo = _without(todo, f)
        put(f)
        if not todo and handle is not None:
            handle.cancel()

    async def wait_for_one():
        while not finished:
            g = loop.create_future()
            getters.append(g)
            await g
        f = finished[0]
        del finished[0]
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class Timeout:
    """Asynchronous context manager that cancels the code it runs at a
    deadline of the loop's clock."""

    def __init__(self, when):
        self._state = "created"
        self._handle = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            if self._state == "created":
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
        if when is None:
            self._handle = None
            return
        loop = get_running_loop()
        if when <= loop.time():
            self._handle = loop.call_soon(self._on_timeout)
        else:
            self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = ""
        if self._state == "active":
            when = None if self._when is None else round(self._when, 3)
            info = " when=%r" % (when,)
        return "<Timeout [%s]%s>" % (self._state, info)

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._handle = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


async def to_thread(func, /, *args, **kwargs):
    # Python code runs only on the loop's goroutine, so a Python func runs
    # there (blocking the loop while it runs), as run_in_executor does; a
    # Go-backed callable gets a goroutine of its own.
    loop = get_running_loop()
    if kwargs:
        return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
    return await loop.run_in_executor(None, func, *args)


class Runner:
    """Runs coroutines, one after another, on a loop it makes and closes."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got %r" % (coro,))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        # As CPython's, a first CTRL-C cancels the task and ends the run
        # with KeyboardInterrupt if the task ends cancelled.
        run_main = getattr(self._loop, "_run_main", None)
        if run_main is None:
            return self._loop.run_until_complete(task)
        return run_main(task)

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = _copy_context()
        self._state = "initialized"


class TaskGroup:
    """Asynchronous context manager that waits for the tasks it creates
    and cancels them all when one fails."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ""
        if self._tasks:
            info += " tasks=%d" % len(self._tasks)
        if self._errors:
            info += " errors=%d" % len(self._errors)
        if self._aborting:
            info += " cancelling"
        elif self._entered:
            info += " entered"
        return "<TaskGroup%s>" % info

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has already been entered" % (self,))
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate and not self._errors:
            raise propagate
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise _exception_group('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = self._loop.create_task(coro, name=name, context=context)
        task.add_done_callback(self._on_task_done)
        self._tasks.append(task)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks = _without(self._tasks, task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %s is already completed' % (task, self._parent_task),
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class IncompleteReadError(EOFError):
    """Incomplete read error: the stream ended before the expected bytes."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the stream's buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


for _cls in (IncompleteReadError, LimitOverrunError, SendfileNotAvailableError):
    _cls.__module__ = "asyncio.exceptions"
del _cls


# Event loop policies. The default one keeps its loops where the Go
# functions do (per py.Context), so asyncio.run and get_event_loop agree
# whichever way a program reaches them.
_go_get_event_loop = get_event_loop
_go_set_event_loop = set_event_loop
_go_new_event_loop = new_event_loop
_go_run = run


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The policy of gpyasync's Go event loop: one current loop per
    interpreter context."""

    _loop_factory = None

    def get_event_loop(self):
        return _go_get_event_loop()

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        _go_set_event_loop(loop)

    def new_event_loop(self):
        if self._loop_factory is not None:
            return self._loop_factory()
        return _go_new_event_loop()

    def get_child_watcher(self):
        raise NotImplementedError("child watchers need subprocesses, which gpyasync does not run")

    def set_child_watcher(self, watcher):
        raise NotImplementedError("child watchers need subprocesses, which gpyasync does not run")


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    pass


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


AbstractEventLoopPolicy.__module__ = "asyncio.events"
BaseDefaultEventLoopPolicy.__module__ = "asyncio.events"
DefaultEventLoopPolicy.__module__ = "asyncio.unix_events"

_event_loop_policy = None


def get_event_loop_policy():
    """Get the current event loop policy."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy; None restores the default."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def _default_policy():
    return _event_loop_policy is None or type(_event_loop_policy) is DefaultEventLoopPolicy


def get_event_loop():
    """Return the running event loop, else the policy's current one."""
    if _default_policy():
        return _go_get_event_loop()
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()


def run(main, *, debug=None):
    """Execute the coroutine main on a new loop and return its result."""
    if _default_policy():
        return _go_run(main, debug=debug)
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


# Futures of concurrent.futures, which run_coroutine_threadsafe returns.
# Python code runs only on its loop's goroutine, so "another thread" is the
# same loop here: the coroutine runs as a task of loop, and Go code that
# must wait for Python work uses gpyasync.Runtime.Await or Loop.Go.
import concurrent.futures as _cf


def _copy_state(src, dest):
    # dest is an asyncio Future or a concurrent one; src is done.
    if src.cancelled():
        dest.cancel()
        return
    if isfuture(dest):
        if dest.cancelled():
            return
        exc = src.exception()
        if exc is not None:
            dest.set_exception(exc)
        else:
            dest.set_result(src.result())
        return
    if not dest.set_running_or_notify_cancel():
        return
    exc = src.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(src.result())


def _chain_future(source, destination):
    # Each future's outcome, or its cancellation, goes to the other; asyncio
    # futures are completed from a loop callback, as CPython does across
    # threads.
    if not isfuture(source) and not isinstance(source, _cf.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, _cf.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def on_destination_done(dest):
        if not dest.cancelled():
            return
        if source_loop is None:
            source.cancel()
        elif not source.done() and not source_loop.is_closed():
            source_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if destination.cancelled() and dest_loop is None:
            return
        if dest_loop is None:
            _copy_state(src, destination)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_copy_state, src, destination)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine object to the given event loop.

    Return a concurrent.futures.Future to access the result. Here the loop
    is the caller's own: the Future is done once the loop ran the task, and
    its result() raises RuntimeError before that instead of blocking."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = _cf.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future object in an asyncio Future."""
    if isfuture(future):
        return future
    if not isinstance(future, _cf.Future):
        raise AssertionError('concurrent.futures.Future is expected, got %r' % (future,))
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# The submodules of CPython's package, which programs import names from
# (asyncio.exceptions...): they become attributes of this module.
for _name in ("coroutines", "events", "exceptions", "futures", "locks", "queues", "runners", "tasks", "timeouts"):
    __import__("asyncio." + _name)
del _name
