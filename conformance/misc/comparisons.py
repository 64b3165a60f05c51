# Comparisons and chaining on built-in types.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(1 == 1.0, 0.1 + 0.2 == 0.3, "a" < "b" < "c")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
s = "abc"
print(s == "abc", s is not None, None is None)
print(1 in [1, 2], "x" not in "abc", "ab" in "cabd")
print(max("apple", "pear"), min([3, 1, 2]), max((1, 2), (1, 3)))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
