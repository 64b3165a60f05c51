# asyncio.iscoroutinefunction sees through methods and functools.partial.
import asyncio
import functools


async def coro(a, b):
    return a + b


def plain(a, b):
    return a + b


class C:
    async def method(self, x):
        return x

    def sync(self, x):
        return x

    @classmethod
    async def cmethod(cls):
        return cls

    @staticmethod
    async def smethod():
        return None


c = C()
checks = [
    ("coro", coro),
    ("plain", plain),
    ("partial(coro)", functools.partial(coro, 1)),
    ("partial(partial(coro))", functools.partial(functools.partial(coro, 1), 2)),
    ("partial(plain)", functools.partial(plain, 1)),
    ("bound method", c.method),
    ("function via class", C.method),
    ("bound sync", c.sync),
    ("classmethod", C.cmethod),
    ("staticmethod", C.smethod),
    ("partial(bound)", functools.partial(c.method, 1)),
    ("lambda", lambda: None),
    ("int", 3),
]
for name, fn in checks:
    print(name, asyncio.iscoroutinefunction(fn))

cr = coro(1, 2)
print(asyncio.iscoroutine(cr))
cr.close()
