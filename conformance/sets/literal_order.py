# Set displays iterate in CPython's hash-table order.
print({3, 1, 2}, {10, 5, 8, 100, -1}, {-1, -2, -3, -8, -9})
print({0.5, 1.5, 2.0, -0.25}, {(1, 2), (3, 4), (0, 0)}, {1, 2, 3.0})
print({2**40, 2**50, 7, 2**61 - 1, 2**61, -(2**61)})
print({x * 8 for x in range(12)}, {x * 16 - 100 for x in range(10)})
print(set(range(20, 0, -3)), frozenset([64, 32, 16, 8, 0]))
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, len({1, 1.0, True}))
print(set(), frozenset(), {frozenset({1}), frozenset({2, 3})})
