# Instances of user classes are keys through __hash__ and __eq__.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)

d = {P(1, 2): "a", P(3, 4): "b"}
print(d[P(1, 2)], P(3, 4) in d, P(5, 6) in d)
d[P(1, 2)] = "c"
print(d)

class Plain:
    pass

a, b = Plain(), Plain()
d = {a: 1, b: 2}
print(d[a], d[b], len(d))

class Same:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True

d = {Same(): 1}
d[Same()] = 2
print(len(d), list(d.values()))
d = {7: "int"}
d[Same()] = "same"
print(d)

class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
