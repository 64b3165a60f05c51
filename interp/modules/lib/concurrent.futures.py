"""A minimal concurrent.futures: the Future that asyncio.run_coroutine_threadsafe
returns and asyncio.wrap_future accepts, with its exceptions.

Python code in gpyasync runs only on its event loop's goroutine, so nothing
here blocks: waiting for a future that is not done, which would wait
forever, is a RuntimeError instead. There are no executors; Go code waits
for Python work with gpyasync.Runtime.Await or eventloop.Loop.Go.
"""

import sys

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_NAMES = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run work."""


for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor):
    _cls.__module__ = 'concurrent.futures._base'
del _cls


class Future(object):
    """The result of a computation that completes later."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call(callback)

    def _call(self, callback):
        try:
            callback(self)
        except Exception as exc:
            print('exception calling callback for %r' % (self,), file=sys.stderr)
            print('%s: %s' % (type(exc).__name__, exc), file=sys.stderr)

    def __repr__(self):
        state = _STATE_NAMES[self._state]
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    type(self).__name__, id(self), state, type(self._exception).__name__)
            return '<%s at %#x state=%s returned %s>' % (
                type(self).__name__, id(self), state, type(self._result).__name__)
        return '<%s at %#x state=%s>' % (type(self).__name__, id(self), state)

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _wait(self, timeout):
        # Only the loop's goroutine runs Python code, and it is the one that
        # would have to complete the future: waiting here cannot end.
        if not self.done():
            raise RuntimeError(
                'concurrent.futures.Future is not done: waiting for it on the '
                'event loop that must complete it would block forever; '
                'await asyncio.wrap_future(fut) instead')

    def result(self, timeout=None):
        self._wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        self._call(fn)

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        print('Future %s in unexpected state: %s' % (id(self), self._state), file=sys.stderr)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()


Future.__module__ = 'concurrent.futures._base'
