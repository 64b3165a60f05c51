# Subscription, item assignment and deletion, `in` with and without
# __contains__, and iteration through __getitem__.
class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d

b = Box()
b["a"] = 1
b["b"] = 2
print(b["a"], "a" in b, "z" in b, "z" not in b)
del b["a"]
print("a" in b)
try:
    b["a"]
except KeyError as e:
    print("KeyError", e)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()), 20 in Seq(), 5 in Seq())
for x in Seq():
    print(x)

class Plain:
    pass

for expr in ("Plain()[0]", "Plain()[0] = 1", "del Plain()[0]", "1 in Plain()"):
    try:
        exec(expr)
    except TypeError as e:
        print(expr, "->", e)
