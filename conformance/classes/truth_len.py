# bool() uses __bool__, then __len__, else True; len() checks __len__'s
# result.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Plain:
    pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Plain()))
print(len(L(4)), "yes" if L(1) else "no", "yes" if L(0) else "no", not L(0))
for thing in (L(-1), L("x"), Plain(), B(1)):
    try:
        print(len(thing) if not isinstance(thing, B) else bool(thing))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
