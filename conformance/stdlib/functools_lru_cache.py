# functools.lru_cache and cache: hits, misses, eviction order, typed keys.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n


print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0])
sq.cache_clear()
print(sq.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60))
print(fib.cache_info())


@lru_cache
def ident(x, y=0):
    return (x, y)


print(ident('a'), ident('a'), ident('a', y=1), ident(x='a'))
print(ident.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind.cache_info().currsize)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
print(nocache.__wrapped__(5), nocache.__name__)

try:
    lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)
