# |, |= and equality.
a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a, a)
a |= b
print(a)
a |= [(4, "D")]
a |= {5: "E"}.items()
print(a)
try:
    a | [(1, 2)]
except TypeError as e:
    print("TypeError:", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError:", e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1: 2} != {1: 2}, {} == {}, {1: [1]} == {1: [1]}, {1: 1} == {1.0: True})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
print({1: 2} == [1], {"a": 1} == dict(a=1))
