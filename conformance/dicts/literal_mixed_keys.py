# Dict displays with keys of many hashable types keep insertion order.
d = {1: "int", 2.5: "float", "s": "str", b"b": "bytes", (1, 2): "tuple",
     None: "none", frozenset({3}): "frozenset", -7: "neg", 10**30: "big"}
print(d)
print(len(d), list(d), list(d.values()))
print(d[1], d[2.5], d["s"], d[b"b"], d[(1, 2)], d[None], d[frozenset({3})], d[-7], d[10**30])
e = {}
print(e, len(e), bool(e), bool(d))
