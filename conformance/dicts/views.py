# keys(), values() and items() are live views.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print("b" in k, "a" in k, 2 in v, 9 in v, ("b", 2) in i, ("b", 3) in i, "b" in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(d)).__name__, type(reversed(i)).__name__)
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
e = {}
print(e.keys(), e.values(), e.items())
