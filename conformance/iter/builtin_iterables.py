# Iterating over the built-in containers.
for x in range(2, 11, 4):
    print("range", x)
for x in [1, "two", 3.0]:
    print("list", repr(x))
for x in (None, True):
    print("tuple", x)
for ch in "héllo":
    print("str", ch)
d = {"b": 2, "a": 1, "c": 3}
keys = []
for k in d:
    keys.append(k)
keys.sort()
print("dict keys", keys)
print("sorted values", sorted(d.values()))
for k in sorted(d):
    print("item", k, d[k])
for x in range(0):
    print("never")
for x in range(5, 0, -2):
    print("down", x)
