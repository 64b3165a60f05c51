# Future API errors: result/exception before done, setting twice, reading a cancelled future.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    for name in ["result", "exception"]:
        try:
            getattr(fut, name)()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__ + ":", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice ->", e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after result ->", e)
    print("result:", fut.result(), "exception:", fut.exception())
    c = asyncio.get_running_loop().create_future()
    c.cancel()
    try:
        c.result()
    except asyncio.CancelledError:
        print("result of cancelled future -> CancelledError")

asyncio.run(main())
