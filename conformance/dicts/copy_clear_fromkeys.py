# copy is shallow; clear empties; fromkeys builds from any iterable.
d = {"a": [1], "b": 2}
c = d.copy()
c["a"].append(2)
c["c"] = 3
print(d, c, c is d)
d.clear()
print(d, len(d))
print(dict.fromkeys([3, 1, 2]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
print({}.fromkeys((1, 2), "x"), dict.fromkeys({5}), dict.fromkeys({1: 2, 3: 4}))
print(type(dict.fromkeys([])).__name__)
big = {i: i for i in range(50)}
for i in range(0, 50, 2):
    del big[i]
cp = big.copy()
print(cp == big, list(cp)[:5], len(cp))
