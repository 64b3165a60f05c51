# Unhashable keys raise TypeError naming the type.
for bad in [[1], {}, {1}, {}.keys(), bytearray(b"x") if False else [2]]:
    for op in ["set", "get", "in", "del"]:
        d = {}
        try:
            if op == "set":
                d[bad] = 1
            elif op == "get":
                d[bad]
            elif op == "in":
                bad in d
            else:
                del d[bad]
        except TypeError as e:
            print(op, "TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)

class NoHash:
    def __eq__(self, other):
        return False
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): 3}.get((1, 2)))
try:
    {(1, [2]): 3}
except TypeError as e:
    print("TypeError:", e)
