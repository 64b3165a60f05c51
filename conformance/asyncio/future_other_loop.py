# Awaiting a future of another loop: the task fails with CPython's RuntimeError.
import asyncio

other = asyncio.new_event_loop()
fut = other.create_future()


async def main():
    try:
        await fut
    except RuntimeError as e:
        msg = str(e)
        print(msg.startswith("Task <Task pending name='Task-1' coro=<main() running at "))
        print(msg[msg.index(" got "):])


asyncio.run(main())
print(fut.done(), other.is_closed())
other.close()
