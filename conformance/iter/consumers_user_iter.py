# list/tuple/sorted/sum/min/max consume a user iterator to its end.
class Seq:
    def __init__(self, *items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        return v


print("list", list(Seq(3, 1, 2)))
print("tuple", tuple(Seq(3, 1, 2)))
print("sorted", sorted(Seq(3, 1, 2)))
print("sorted reverse", sorted(Seq(3, 1, 2), reverse=True))
print("sum", sum(Seq(3, 1, 2)))
print("sum start", sum(Seq(3, 1, 2), 100))
print("min", min(Seq(3, 1, 2)))
print("max", max(Seq(3, 1, 2)))
print("empty list", list(Seq()))
print("max default", max(Seq(), default="none"))
try:
    min(Seq())
except ValueError as e:
    print("ValueError:", e)
