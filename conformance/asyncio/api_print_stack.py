# Task.print_stack writes the suspended coroutine's frames with their
# source lines, or "No stack" for a task that is done.
import asyncio


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        # The script's path is absolute in CPython; the waiter's repr is
        # left out, as gpyasync's callbacks are named differently.
        out = "".join(self.parts).replace(__file__, "FILE")
        return out.replace(" wait_for=<Future pending cb=[Task.task_wakeup()]>", "")


async def sleeper():
    await asyncio.sleep(0.01)


async def outer():
    return await sleeper()


async def main():
    t = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0)
    w = Writer()
    t.print_stack(file=w)
    print(w.text())
    w = Writer()
    t.print_stack(limit=0, file=w)
    print(w.text())
    await t
    w = Writer()
    t.print_stack(file=w)
    print(w.text())


asyncio.run(main())
