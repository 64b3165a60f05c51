# Tuples and frozensets are keys; equal ones find each other.
d = {}
d[(1, 2)] = "a"
d[(1, (2, 3))] = "b"
d[frozenset({1, 2})] = "c"
d[()] = "empty"
print(d[(1, 2)], d[1, (2, 3)], d[frozenset([2, 1])], d[()])
print((1, 2) in d, (2, 1) in d, frozenset({1, 2}) in d, frozenset() in d)
print(d.get((1, 2.0)), d.get((True, 2)))
try:
    d[(1, [2])] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    d[frozenset({1}), {}] = 3
except TypeError as e:
    print("TypeError:", e)
print(d)
