# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack,
# redirect_stdout.
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout)


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('inside', t)

try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@tag('deco')
def decorated():
    print('decorated body')


decorated()

with suppress(ZeroDivisionError, KeyError):
    1 // 0
print('suppressed')
try:
    with suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e:
    print('IndexError:', e)


class Res:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('close', self.name)

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with closing(Res('r1')) as r:
    print('using', r.name)
with nullcontext(5) as five:
    print('null', five)

with ExitStack() as stack:
    for n in ('x', 'y', 'z'):
        stack.enter_context(Res(n))
    stack.callback(print, 'callback ran')
    print('body')

try:
    with ExitStack() as stack:
        stack.enter_context(Res('e'))
        raise ValueError('in stack')
except ValueError as e:
    print('ValueError:', e)

with ExitStack() as outer:
    outer.enter_context(Res('kept'))
    moved = outer.pop_all()
print('outer closed')
moved.close()



class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collect()
with redirect_stdout(c):
    print('captured')
print('got', repr(''.join(c.parts)), sys.stdout is not c)
