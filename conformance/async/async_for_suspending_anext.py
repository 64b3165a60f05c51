# __anext__ may suspend; the driver sees each suspension between items.
import types

@types.coroutine
def pause(v):
    yield v

class Stream:
    def __init__(self, items):
        self.items = items
    def __aiter__(self):
        return self
    async def __anext__(self):
        await pause("fetch")
        if not self.items:
            raise StopAsyncIteration
        head = self.items[0]
        self.items = self.items[1:]
        return head

async def main():
    async for x in Stream(["a", "b"]):
        print("item", x)

c = main()
try:
    while True:
        print("yield:", c.send(None))
except StopIteration:
    print("finished")
