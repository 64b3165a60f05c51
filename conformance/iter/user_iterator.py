# A user class with __iter__ and __next__ drives a for loop until StopIteration.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        print("__iter__ called")
        return self

    def __next__(self):
        if self.n <= 0:
            print("__next__ raising StopIteration")
            raise StopIteration
        self.n -= 1
        return self.n + 1


for v in Countdown(3):
    print("got", v)
print("done")
