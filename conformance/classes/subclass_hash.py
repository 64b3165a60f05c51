# Instances of subclasses of hashable builtin types hash as their value,
# so they find and are found by plain values in dicts and sets; an
# overridden __hash__ wins; __eq__ alone makes the subclass unhashable.
class T(tuple):
    pass
class S(str):
    pass
class B(bytes):
    pass
class I(int):
    pass
class F(float):
    pass
class FS(frozenset):
    pass

pairs = [(T((1, 2)), (1, 2)), (S("abc"), "abc"), (B(b"xy"), b"xy"), (I(7), 7), (F(2.5), 2.5), (FS([1, 2]), frozenset([1, 2]))]
for sub, plain in pairs:
    d = {plain: "plain key"}
    e = {sub: "sub key"}
    print(type(sub).__name__, hash(sub) == hash(plain), d[sub], e[plain], sub in {plain}, plain in {sub})

class Own(str):
    def __hash__(self):
        return 12345
print(hash(Own("a")), {Own("a"): 1}.get("a"))

class EqOnly(tuple):
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
