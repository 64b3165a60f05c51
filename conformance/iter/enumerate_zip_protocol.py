# enumerate and zip pull lazily from user iterators.
class Loud:
    def __init__(self, name, n):
        self.name = name
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            print(self.name, "stop")
            raise StopIteration
        self.i += 1
        print(self.name, "next", self.i)
        return self.i


for pair in zip(Loud("A", 3), Loud("B", 2)):
    print("pair", pair)
print("---")
for i, v in enumerate(Loud("C", 2), 10):
    print("enum", i, v)
