# Tasks refuse set_result and set_exception; create_task needs a coroutine.
import asyncio

async def work():
    return 1

async def main():
    t = asyncio.create_task(work())
    try:
        t.set_result(2)
    except RuntimeError as e:
        print("set_result:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("set_exception:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("create_task(42):", e)
    print("result:", await t)

asyncio.run(main())
