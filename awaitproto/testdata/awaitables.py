# Awaitables written in Python, driven from Go by awaitproto_test.go.
# Expected results there follow CPython 3.11 (see expected comments).


# The tutorial's coroutine remake: finishes at once with its argument.
class MyCoroutineCopy:
    def __init__(self, arg1):
        self.arg1 = arg1

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(self.arg1)


# Yields 'tick' n times, then finishes with n. The stepping methods come
# from a base class, which special methods must be found through.
class TickerBase:
    def __await__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration(self.n)
        self.left = self.left - 1
        return 'tick'


class Ticker(TickerBase):
    def __init__(self, n):
        self.n = n
        self.left = n


# An iterator with send/throw/close that records what it was given.
class Echo:
    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        self.log.append('next')
        return 'n'

    def send(self, v):
        self.log.append(('send', v))
        if v == 'stop':
            raise StopIteration('sent stop')
        return v

    def throw(self, exc):
        self.log.append(('throw', exc.args[0]))
        if exc.args[0] == 'finish':
            raise StopIteration('caught')
        if exc.args[0] == 'yield':
            return 'recovered'
        raise exc

    def close(self):
        self.log.append('close')
        if self.fail_close:
            raise ValueError('close failed')

    fail_close = False


class AwaitEcho:
    def __init__(self):
        self.echo = Echo()

    def __await__(self):
        return self.echo


class ReturnsInt:
    def __await__(self):
        return 1


class ReturnsIterable:
    def __await__(self):
        return [1, 2]


class Raises:
    def __await__(self):
        raise KeyError('no await')


# Yields forever, whatever is thrown in, except GeneratorExit.
class Stubborn:
    def __await__(self):
        return self

    def __next__(self):
        return 'again'

    def throw(self, exc):
        return 'ignored'


# Steps a Go awaitable from Python the way the tutorial's await_foo does.
def await_foo(aw):
    it = aw.__await__()
    it = it.__iter__()
    steps = 0
    try:
        while True:
            next(it)
            steps = steps + 1
    except StopIteration as result:
        value = None
        if result.args:
            value = result.args[0]
        return (steps, value)


def call_twice(fn):
    return (await_foo(fn(1)), await_foo(fn(2)))
