# `in` and `list +=` consume any iterator, whatever form its StopIteration
# takes, and report CPython's errors for non-iterables.
def gen():
    yield 1
    yield 2


class Counter:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > self.limit:
            raise StopIteration
        return self.n


class Box:
    def __contains__(self, item):
        return item == "key"


print(2 in gen(), 3 in gen(), 3 in Counter(3), 4 in Counter(3))
print("key" in Box(), "other" in Box(), 2 not in gen())
it = Counter(5)
print(2 in it, list(it))
items = [0]
items += gen()
items += Counter(2)
items += (9,)
print(items)
for bad in [lambda: 1 in 5]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    items += 5
except TypeError as e:
    print("TypeError:", e)
