# Unpacking in async functions (with await inside) and generators.
import asyncio
async def val(v):
    await asyncio.sleep(0)
    return v
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
def f(*a, **k):
    return a, k
async def main():
    print([*await val([1, 2]), await val(3)])
    print({**await val({'a': 1}), 'b': await val(2)})
    print(f(*await val((1,)), *[await val(2)], **await val({'x': 1}), y=await val(2)))
    print([*[i async for i in agen(3)], *(await val('z'))])
    print({await val('k'): await val('v'), **{await val(1): 2}})
    return *await val([1]), await val(2)
print(asyncio.run(main()))
def gen():
    x = yield *[1, 2], 3
    print('got', x)
    y = yield [*(yield), *'ab']
    print('got', y)
    return *range(2), x
g = gen()
print(next(g), g.send('s'), g.send([7, 8]), end=' ')
try:
    g.send('t')
except StopIteration as e:
    print(e.value)
def g2(*a):
    yield from [*a, *a]
print([*g2(1, 2)], {*g2(3)}, f(*g2(4), *g2(5)))
for x in *g2(1), *'ab':
    print(x, end=' ')
print()
acc = []
acc += *'xy', *[1]
print(acc)
