# wait(FIRST_COMPLETED) with a future already done still yields once: a ready task runs before it returns.
import asyncio

log = []

async def other():
    log.append("other ran")

async def main():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result(1)
    pending_fut = loop.create_future()
    t = asyncio.create_task(other())
    done, pending = await asyncio.wait([done_fut, pending_fut], return_when=asyncio.FIRST_COMPLETED)
    print("done:", done == {done_fut}, "pending:", pending == {pending_fut})
    print("log:", log)
    await t
    print("log:", log)
    pending_fut.cancel()

asyncio.run(main())
