# iter() of an iterator returns the same object; iter() of a container returns a new one.
lst = [1, 2]
it = iter(lst)
print("iter(it) is it:", iter(it) is it)
print("iter(lst) is iter(lst):", iter(lst) is iter(lst))


def gen():
    yield 1


g = gen()
print("iter(gen) is gen:", iter(g) is g)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


c = Counter()
print("iter(user) is user:", iter(c) is c)
print(list(c), list(c))
