# Subclasses of dict: __missing__ is asked by d[k] only, an overridden
# __getitem__ is seen by d[k] but not by dict.get, methods are inherited,
# and the instance is a dict everywhere.
class D(dict):
    pass

d = D(a=1)
d["b"] = 2
print(d, len(d), type(d).__name__, isinstance(d, dict), d["a"], "b" in d, sorted(d), d.get("z", 0))
print(d == {"a": 1, "b": 2}, list(d.items()), list(d.keys()), list(d.values()), dict(d))

class Default(dict):
    def __missing__(self, key):
        return key * 2

m = Default()
m["x"] = 1
print(m["x"], m["y"], m.get("y"), "y" in m, m)

class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

u = Upper()
u["a"] = 1
print(u["a"], u["A"], u.get("a"), u.get("A"), u)

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1

c = Counter()
for w in "abracadabra":
    c.add(w)
print(sorted(c.items()), c["z"])
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
print(1 in {1: 2}, D({1: "one", 2: "two"})[2])
