# repr of nested containers mixing types.
print([1, "a", 2.5, None, True, [], (), {}, [[]], ((),)])
print({1: "a", "b": [1, 2], (1, 2): None, None: {}})
print([{"x": (1,)}, {2: [3.0]}])
print(repr([1, "two"]), str([1, "two"]), repr(["a\nb"]), str(["a\nb"]))
print([b"x", bytearray(b"y") if False else b"z"], [1e16, -0.0, float("inf")])
print(set(), frozenset(), {1}, {(1, 2)}, frozenset({3}))
print([print], [len], [range(3)], [slice(1)], [Ellipsis], [NotImplemented], [...])
print([type(1), type("")], int, str, list, type(None), object)
