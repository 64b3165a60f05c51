# asyncio.Runner closes the async generators left when it closes.
import asyncio

keep = []


async def gen(name):
    try:
        yield name
        yield name
    finally:
        print(name, "closed")


async def step(name):
    g = gen(name)
    keep.append(g)
    return await g.__anext__()


with asyncio.Runner() as runner:
    print(runner.run(step("one")))
    print("between runs")
    print(runner.get_loop()._asyncgens_shutdown_called)
print("runner closed")
