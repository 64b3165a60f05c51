# __aenter__ and __aexit__ may suspend; their yields reach the driver.
import types

@types.coroutine
def pause(v):
    yield v

class Conn:
    async def __aenter__(self):
        await pause("connecting")
        return "conn"

    async def __aexit__(self, *exc):
        await pause("closing")

async def main():
    async with Conn() as c:
        await pause("using " + c)
    return "done"

co = main()
try:
    while True:
        print("yield:", co.send(None))
except StopIteration as e:
    print("value:", e.value)
