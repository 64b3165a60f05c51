# Task done callbacks receive the task and run after it finishes, in registration order.
import asyncio

log = []

async def work():
    log.append("work body")
    return 5

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda task: log.append("first cb, result " + str(task.result())))
    t.add_done_callback(lambda task: log.append("second cb, done " + str(task.done())))
    await t
    log.append("await returned")
    await asyncio.sleep(0)
    for line in log:
        print(line)

asyncio.run(main())
