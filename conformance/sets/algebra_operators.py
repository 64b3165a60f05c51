# Operators on sets and frozensets; the left operand decides the type.
a, b = {1, 2, 3}, frozenset({2, 3, 4})
for r in [a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a]:
    print(type(r).__name__, r)
print(a <= b, a < a | b, a >= {1}, a > a, a == {3, 2, 1}, a != b, frozenset({1, 2, 3}) == a)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1, 2})
for bad in ["a | [1]", "a & (2,)", "a - 1", "a ^ 'x'", "a < [1]"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
print(a == [1, 2, 3], a != [1, 2, 3])
