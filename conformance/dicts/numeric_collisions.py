# 1, 1.0 and True are one key; the first key object stays, the last value wins.
d = {1: "a", 1.0: "b", True: "c"}
print(d)
d = {True: "t", 1: "i"}
print(d)
d = {0: "zero"}
d[False] = "false"
d[0.0] = "float"
print(d, d[False], d[0])
d = {2**61 - 1: "m", 0: "z"}
print(len(d), hash(2**61 - 1), hash(2**61))
d[2**64] = 1
d[2.0**64] = 2
print(d)
print({1.5: 1, 3 / 2: 2}, {-1: "x", -2: "y"}, hash(-1) == hash(-2))
print({complex(1, 0): "c", 1: "i"})
