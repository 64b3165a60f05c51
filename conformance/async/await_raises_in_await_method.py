# An exception raised by __await__ itself propagates out of the await.
class Broken:
    def __await__(self):
        raise ValueError("no await for you")

async def go():
    try:
        await Broken()
    except ValueError as e:
        print("caught inside:", e)
        return "recovered"

c = go()
try:
    c.send(None)
except StopIteration as e:
    print("value:", e.value)
