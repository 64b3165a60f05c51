# Default task names are numbered across runs, as in CPython 3.11, whose
# shutdown of each run takes two numbers; the expected output is CPython's.
import asyncio
async def f():
    return asyncio.current_task().get_name()
print(asyncio.run(f()), asyncio.run(f()))
async def g():
    return await asyncio.gather(f(), f())
print(asyncio.run(g()))
with asyncio.Runner() as r:
    print(r.run(f()), r.run(f()))
print(asyncio.run(f()))
