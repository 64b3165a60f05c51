# hash() agrees with CPython for numbers and tuples of them.
for x in [0, 1, -1, -2, 12345, -12345, 2**31, 2**61 - 1, 2**61, 2**62, -(2**61), 2**63 - 1, 2**64, -(2**100), 10**30]:
    print(x, hash(x))
for x in [0.0, -0.0, 0.5, 1.5, -2.25, 1e10, 1e-10, 3.141592653589793, 1e300, float("inf"), float("-inf"), 2.0**80, 123.456]:
    print(x, hash(x))
for x in [(), (0,), (1, 2), (1, (2, 3)), (-1,), (1.5, -2), ((),), (True, False), (None, 0)[1:]]:
    print(x, hash(x))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2**61 + 5) == hash(5))
print(hash(1j), hash(2 - 3j), hash(complex(1.5, 0)) == hash(1.5))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5})), hash(frozenset([frozenset([1])])))
print(hash("abc") == hash("abc"), hash(b"abc") == hash("abc"), hash((1, "a")) == hash((1, "a")))
