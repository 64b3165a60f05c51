# __iter__/__next__ drive for loops, list(), sum() and unpacking; iter()
# checks that __iter__ returns an iterator.
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), sum(Count(4)), [x * x for x in Count(3)])
a, b = Count(2)
print(a, b)
it = iter(Count(2))
print(next(it), next(it), next(it, "done"))

class Bad:
    def __iter__(self):
        return 1
try:
    iter(Bad())
except TypeError as e:
    print(e)

class Plain:
    pass
try:
    for x in Plain():
        pass
except TypeError as e:
    print(e)
