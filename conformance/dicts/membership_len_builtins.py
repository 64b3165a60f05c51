# Builtins over dicts.
d = {3: "c", 1: "a", 2: "b"}
print(len(d), 1 in d, 4 in d, 1 not in d, "a" in d)
print(list(d), tuple(d), sorted(d), min(d), max(d), sum(d), sorted(d, reverse=True))
print(list(reversed(d)), list(enumerate(d)), any(d), all(d), list(zip(d, d.values())))
print(sorted(d.items()), max(d.values()), list(map(str, d)))
print(isinstance(d, dict), type(d) is dict, d.__class__, type(d).__name__, issubclass(dict, object))
print(dict.__name__, {}.__class__ is dict, isinstance({}.keys(), dict))
x, y, z = d
print(x, y, z, dict(d))
print(set(d), frozenset(d.values()) == frozenset("abc"))
