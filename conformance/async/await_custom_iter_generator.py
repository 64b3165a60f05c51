# A class whose __await__ is a generator function works with await.
def run(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return yielded, e.value

class Sleeper:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield "tick %d" % i
        return "slept %d" % self.n

async def main():
    a = await Sleeper(2)
    b = await Sleeper(0)
    return a + " / " + b

ys, v = run(main())
print("yielded:", ys)
print("value:", v)
