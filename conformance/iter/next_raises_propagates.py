# An exception raised by __next__ (other than StopIteration) propagates out of the for.
class Faulty:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broken at %d" % self.i)
        return self.i


seen = []
try:
    for x in Faulty():
        seen.append(x)
    print("loop finished normally (wrong)")
except ValueError as e:
    print("caught ValueError:", e)
print("seen:", seen)

try:
    print(list(Faulty()))
except ValueError as e:
    print("list() propagated:", e)

try:
    print(sum(Faulty()))
except ValueError as e:
    print("sum() propagated:", e)
