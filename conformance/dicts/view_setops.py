# Keys and items views are set-like.
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(sorted(k & {2, 3, 4}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {3, 4}))
print(sorted({2, 3, 4} & k), sorted([7] | k) if False else sorted({7} | k), sorted({1, 5} - k), sorted({3, 4} ^ k))
print(sorted(k & [1, 1, 2]), sorted(k | (8,)))
print(k == {1, 2, 3}, k == {1, 2}, k != {1}, k <= {1, 2, 3, 4}, k < {1, 2, 3}, k >= {1}, k > {1, 2, 3})
print(k == [1, 2, 3], k.isdisjoint({4, 5}), k.isdisjoint([3]))
i = d.items()
print(sorted(i & {(1, "a"), (2, "x")}), sorted(i - {(1, "a")}), i == {(1, "a"), (2, "b"), (3, "c")})
print(type(k & {1}).__name__, type(k | set()).__name__)
e = {1: 0, 2: 0}
print(k & e.keys(), sorted(k - e.keys()), d.keys() == {3: 0, 1: 0, 2: 0}.keys())
v = d.values()
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
print(v == v, v == d.values())
