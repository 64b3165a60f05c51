# current_task is the running task; all_tasks holds the unfinished tasks.
import asyncio

async def child():
    me = asyncio.current_task()
    print("child sees itself:", me.get_name())
    await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(child(), name="kid")
    await asyncio.sleep(0)
    names = sorted(x.get_name() for x in asyncio.all_tasks())
    print("all tasks:", names)
    await t
    print("after await:", sorted(x.get_name() for x in asyncio.all_tasks()))
    print("get_coro name:", t.get_coro().__name__)

asyncio.run(main())
