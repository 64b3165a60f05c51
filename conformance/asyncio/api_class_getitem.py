# asyncio's generic classes: Future[int], Task[...], Queue[int] are
# types.GenericAlias values that name their origin and arguments.
import asyncio

alias = asyncio.Future[int]
print(alias, alias.__origin__ is asyncio.Future, alias.__args__)
print(asyncio.Task[str], asyncio.Queue[int], asyncio.PriorityQueue[tuple])
print(asyncio.Queue[int, str].__args__)
print(asyncio.Future.__class_getitem__(int) == alias)


async def main():
    q = asyncio.Queue[int]()
    await q.put(1)
    print(type(q).__name__, await q.get())


asyncio.run(main())
