# n awaits of a function run off the loop: on gpyasync a Go function on a
# goroutine of its own (run_in_executor with a Go-backed callable), on
# CPython a Python function in the default thread pool.
import asyncio

try:
    from _gobench import echo
except ImportError:
    def echo(x):
        return x


async def main(n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await loop.run_in_executor(None, echo, i)


def run(n):
    asyncio.run(main(n))
