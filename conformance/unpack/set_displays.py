# Set displays with *iterables, and the order all-constant displays get.
a = [3, 1]
print({*a, 5}, {*a}, {*a, *a, *range(4)}, {*()} == set())
print(sorted({*"abc", *"bcd"}))
print({-1, -2, -3, -8, -9}, {*[-1, -2, -3, -8, -9]}, {-1, -2, -3, -8, -9, *[]})
print({8, 16, 0, 24, 1}, {1, 8, 16, 0, 24}, {24, 0, 16, 8, 1})
for x in {-1, -2, -3, -8, -9, 7, 15}:
    print(x, end=' ')
print()
print([y for y in {31, 63, -1, 95, 127, 7}], -9 in {-1, -2, -9})
print({1, 2, 3.0}, {1.0, 2, 3}, {True, 1, 2}, {(1, 2), (1, 2.0), 3})
print({-(2**61), 2**61, 2**61 - 1, 2**40, 2**64, 2**65})
n = 5
print({-1, -2, n, -8, -9}, {n, -1, -2, -3, -8, -9})
