# Set comprehensions and builtins over sets.
print({x % 7 for x in range(30)}, {(x, -x) for x in range(3)})
print({x for x in [1.0, 1, True, 2]}, sorted({-x for x in range(5)}))
s = {5, 1, 3}
print(len(s), sorted(s), min(s), max(s), sum(s), list(s), tuple(s), 3 in s, 4 not in s)
print(any(s), all({0, 1}), list(enumerate(s)), sorted(s, reverse=True))
print({frozenset({i}) for i in range(3)} == {frozenset([0]), frozenset([1]), frozenset([2])})
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
