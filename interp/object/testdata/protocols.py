# Operators and protocols on user instances, checked against CPython's
# results (each assertion holds on python3 too).
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
    def __lt__(self, o):
        return self.x < o.x
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        if i >= self.x:
            raise IndexError(i)
        return i

assert V(1) + V(2) == V(3)
assert 1 + V(2) == V(3)
assert V(1) != V(2)
assert sorted([V(3), V(1)]) == [V(1), V(3)]
assert len(V(4)) == 4 and not V(0) and bool(V(1))
assert list(V(3)) == [0, 1, 2] and 2 in V(3) and 5 not in V(3)
try:
    hash(V(1))
    assert False, "hashable"
except TypeError as e:
    assert str(e) == "unhashable type: 'V'"

class Plain:
    pass
p = Plain()
assert p == p and p != Plain()
try:
    p < p
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'Plain' and 'Plain'"
assert type(p) is Plain and isinstance(p, object) and callable(Plain) and not callable(p)
print("ok")
