# Dict operations with string keys, printed in sorted order.
d = {"one": 1, "two": 2}
d["three"] = 3
del d["one"]
print([(k, d[k]) for k in sorted(d)], len(d), "two" in d, "one" in d)
print(d.get("two"), d.get("one"), d.get("one", "default"))
try:
    d["one"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError:", e)
merged = dict(d)
merged["four"] = 4
print(sorted(merged), sorted(d))
kw = dict(a=1, b=2)
print([(k, kw[k]) for k in sorted(kw)])
pairs = dict([("x", 1), ("y", 2)])
print([(k, pairs[k]) for k in sorted(pairs)])
