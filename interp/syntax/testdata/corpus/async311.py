# async/await, async generators, async comprehensions and f-strings, as
# CPython 3.11 accepts them; every line here must parse.
import asyncio


async def fetch(n, *, delay=0):
    await asyncio.sleep(delay)
    return n * 2


async def agen(limit):
    for i in range(limit):
        yield i
        await asyncio.sleep(0)
    return


async def consume():
    total = 0
    async for value in agen(3):
        total += value
    else:
        pass
    async with lock() as (a, b), other():
        pass
    async with a, b as c:
        await c
    squares = [x * x async for x in agen(4) if x % 2]
    sets = {x async for x in agen(2)}
    maps = {x: await fetch(x) async for x in agen(2)}
    gen = (await fetch(x) for x in range(3))
    nested = [[y async for y in agen(x)] for x in range(2)]
    waited = [await fetch(x) for x in range(2)]
    r = await fetch(1) + await fetch(2) ** 2
    s = -await fetch(3)
    t = await (await fetch(4))
    u = await fetch(5).bit_length() if await fetch(6) else None
    return f"{total=} {squares!r:>20} {sets!s} {maps!a:{width}.{prec}}"


@decorator
async def decorated(x):
    return [await y for y in x]


def sync_with_async_genexp(it):
    return (x async for x in it)


class Box:
    async def method(self):
        await self.other()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


name = "world"
width, prec = 10, 3
print(f"hello {name}")
print(f'{{literal}} {name!r} {3.14159:.{prec}f} {width:>{width}}')
print(F"{'nested' + 'quotes'}" rf'\d{name}' fR"{name}\n")
print(f"""multi
line {name
       .upper()} and {
    width + prec
}""")
print("plain " f"{name}" ' mixed ' f'{width}')
print(f"{name=}, {width = }, {prec=!s}, {3.0=:.2f}")
print(f"{lambda_result}" if (lambda: 1)() else f"{(lambda x: x)(1)}")
print(f"{'a' if name else 'b'} {[1, 2][0]} {dict(a=1)['a']} {name:{'>'}{10}}")
