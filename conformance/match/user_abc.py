# collections.abc Sequence and Mapping subclasses take part.
import collections.abc

class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

class Map(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

match Seq(1, 2, 3):
    case [1, *rest]:
        print("Seq rest", rest)
match Seq():
    case []:
        print("empty Seq")
match Map(a=1, b=2, c=3):
    case {"a": 1, **rest}:
        print("Map rest", rest)
match Map(a=1):
    case [*_]:
        print("wrong")
    case {}:
        print("Map is a mapping, not a sequence")

class NotSeq:
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
match NotSeq():
    case []:
        print("wrong")
    case _:
        print("a class with __getitem__ is not a sequence")
