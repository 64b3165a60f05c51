# Subclasses of set and frozenset.
class S(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)

s = S([3, 1])
s.add_all(2, 3)
print(sorted(s), len(s), 2 in s, isinstance(s, set), type(s).__name__, s == {1, 2, 3})
print(sorted(s | {9}), sorted(s & {1, 2}), sorted(s - {1}))

class FS(frozenset):
    pass

f = FS([1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2])), f == frozenset([2, 1]), type(f).__name__)
try:
    hash(S())
except TypeError as e:
    print("TypeError:", e)
