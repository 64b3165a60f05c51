# contextlib: asynccontextmanager, AsyncExitStack, aclosing, under asyncio.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


@asynccontextmanager
async def session(name):
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name + '-conn'
    finally:
        await asyncio.sleep(0)
        print('close', name)


class ACM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('aenter', self.name)
        return self.name

    async def __aexit__(self, *exc):
        print('aexit', self.name, exc[0].__name__ if exc[0] else None)
        return False


async def ticks():
    try:
        for i in range(10):
            yield i
    finally:
        print('ticks closed')


async def main():
    async with session('db') as conn:
        print('using', conn)
    try:
        async with session('bad'):
            raise ValueError('failed inside')
    except ValueError as e:
        print('caught', e)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM('one'))
        b = await stack.enter_async_context(session('two'))
        stack.callback(print, 'sync callback')

        async def acb(msg):
            print('async callback', msg)
        stack.push_async_callback(acb, 'hi')
        print('body', a, b)

    async with aclosing(ticks()) as t:
        async for i in t:
            if i == 2:
                break
            print('tick', i)
    async with nullcontext('n') as n:
        print('null', n)

asyncio.run(main())
