# Rich comparisons: reflected fallbacks (< becomes >), == and != fall
# back to identity, ordering between unrelated types is a TypeError with
# CPython's message, and __ne__ defaults to the negation of __eq__.
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("V.__lt__")
        if isinstance(o, V):
            return self.v < o.v
        return NotImplemented
    def __eq__(self, o):
        print("V.__eq__")
        if isinstance(o, V):
            return self.v == o.v
        return NotImplemented
    __hash__ = object.__hash__

class W:
    def __gt__(self, o):
        print("W.__gt__")
        return "W>"

print(V(1) < V(2), V(2) < V(1))
print(V(1) > V(2))
print(V(1) == V(1), V(1) != V(1), V(1) != V(2))
print(V(1) < W())
print(W() > V(1))
v = V(3)
print(v == v, v == 3, 3 == v, v != 3)
for a, b in [(V(1), 3), (3, V(1)), (object(), object()), ("a", 1), ([1], (1,)), (None, 0)]:
    for op in ["<", "<=", ">", ">="]:
        try:
            eval("a " + op + " b")
        except TypeError as e:
            print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0, object() == object())

class Always:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(Always() == 5, Always() != 5, 5 != Always())

class Sub(V):
    def __gt__(self, o):
        print("Sub.__gt__")
        return "sub first"
print(V(1) < Sub(2))
try:
    sorted([V(1), object()])
except TypeError as e:
    print("TypeError:", e)
