# collections.abc: isinstance for builtins, structural checks, register.
import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             Awaitable, Coroutine, AsyncIterator, AsyncIterable, Generator)

print([isinstance(x, Iterable) for x in ([], (), '', {}, set(), range(1), 5, None)])
print([isinstance(x, Sized) for x in ([], 'a', 5)])
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance({}, Mapping),
      isinstance({}, MutableMapping), isinstance([], Sequence), isinstance((), MutableSequence),
      isinstance('s', Sequence), isinstance(frozenset(), Set))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(1, Callable))


def gen():
    yield 1


async def coro():
    pass


c = coro()
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Unhashable:
    __hash__ = None


class Box:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __call__(self):
        pass


print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(It, Iterator))
print(isinstance(Aw(), Awaitable), isinstance(Aw(), Coroutine))
print(isinstance(AIt(), AsyncIterator), isinstance(AIt(), AsyncIterable))
print(isinstance(Unhashable(), Hashable), isinstance(Box(), Hashable))
print(isinstance(Box(), Sized), isinstance(Box(), Container), isinstance(Box(), Callable), isinstance(Box(), Iterable))


class Seq(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(3)
print(list(s), 20 in s, s.index(10), s.count(0), list(reversed(s)), isinstance(s, Iterable))


class Plain:
    pass


Sized.register(Plain)
print(isinstance(Plain(), Sized), issubclass(Plain, Sized))
print(collections.abc.Iterable, Mapping.__name__)
try:
    Seq.__abstractmethods__
    Sequence()
except TypeError as e:
    print('TypeError:', e)
