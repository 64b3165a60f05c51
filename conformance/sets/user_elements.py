# User objects as set elements.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v
s = {K(i) for i in range(10)}
print(len(s), K(3) in s, K(11) in s)
print(sorted(s, key=lambda k: k.v))
s.discard(K(4))
print(len(s), K(4) in s)
class Raises:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        raise ValueError("cmp")
s = {0}
try:
    Raises() in s
except ValueError as e:
    print("ValueError:", e)
try:
    s.add(Raises())
except ValueError as e:
    print("ValueError:", e)
print(s)
