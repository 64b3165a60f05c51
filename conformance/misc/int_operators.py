# Integer arithmetic, including floor division and modulo with negative operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]
for a, b in pairs:
    print(a, b, "->", a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 100, (-2) ** 3, 10 ** -1)
print(7 / 2, -7 / 2, 6 / 3)
print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3, ~5)
print(abs(-12), -(-3), +4)
print(int("-42"), int("  17 "), int("101", 2), int("z", 36))
print(round(2.675, 2), round(7.5), round(8.5), round(-0.5))
