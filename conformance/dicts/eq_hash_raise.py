# Errors raised by __hash__ and __eq__ propagate out of dict operations.
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("no eq")

d = {}
for op in [lambda: d.__setitem__(BadHash(), 1), lambda: d[BadHash()], lambda: BadHash() in d,
           lambda: d.get(BadHash()), lambda: d.pop(BadHash(), None)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

d = {2: "two"}
d[BadEq()] = "x"
print(len(d))
try:
    d[BadEq()] = "y"
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(1 in d, BadEq() in d)
except RuntimeError as e:
    print("RuntimeError:", e)

class WrongType:
    def __hash__(self):
        return "nope"
try:
    hash(WrongType())
except TypeError as e:
    print("TypeError:", e)
try:
    {WrongType(): 1}
except TypeError as e:
    print("TypeError:", e)
