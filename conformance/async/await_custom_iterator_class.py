# __await__ may return any iterator object; StopIteration(value) ends the await.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

class Rocket:
    def __await__(self):
        return Countdown(3)

async def launch():
    r = await Rocket()
    print("await gave:", r)
    return r

c = launch()
try:
    while True:
        print("yield:", c.send(None))
except StopIteration as e:
    print("done:", e.value)
