# Done callbacks run via call_soon in registration order; remove_done_callback counts removals.
import asyncio

log = []

def cb(name):
    def inner(fut):
        log.append(name + ":" + str(fut.result()))
    return inner

async def main():
    fut = asyncio.get_running_loop().create_future()
    a, b = cb("a"), cb("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed:", fut.remove_done_callback(a))
    fut.set_result(7)
    print("right after set_result:", log)
    await asyncio.sleep(0)
    print("after a yield:", log)
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("late callback:", log)

asyncio.run(main())
