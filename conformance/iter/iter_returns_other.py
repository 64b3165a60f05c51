# __iter__ may return a separate iterator object; each for loop gets a fresh one.
class Range3:
    def __iter__(self):
        return Range3Iter()


class Range3Iter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == 3:
            raise StopIteration
        self.i += 1
        return self.i * 10


r = Range3()
for a in r:
    print("first loop", a)
for a in r:
    print("second loop", a)
print("list:", list(r))
