# Handle and TimerHandle: reprs, cancellation, and the deadline order and
# equality of timer handles (plain handles compare by identity).
import asyncio
def cb(a, b=None): pass
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    print(repr(h).replace(__file__, "F"))
    h.cancel(); print(repr(h))
    t = loop.call_at(1e9, cb, 2)
    print(repr(t).replace(__file__, "F"))
    t.cancel(); print(repr(t))
    print(h == h, t < loop.call_at(2e9, cb), hash(t) == hash(t))
asyncio.run(main())


async def more():
    loop = asyncio.get_running_loop()
    a = loop.call_at(5e9, cb, 1)
    b = loop.call_at(5e9, cb, 1)
    c = loop.call_at(6e9, cb)
    print(a == b, a != b, a <= b, a >= b, a < c, c > a, c <= a, a == 3, a != 3)
    print(hash(a) == hash(5e9), sorted([c, a])[0] is a)
    b.cancel()
    print(a == b)
    h1 = loop.call_soon(cb)
    h2 = loop.call_soon(cb)
    print(h1 == h2, h1 == h1, h1 != h2)
    for x in (a, c, h1, h2):
        x.cancel()


asyncio.run(more())
