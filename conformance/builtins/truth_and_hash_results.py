# bool() of empty and non-empty bytes, and hash() of objects whose __hash__
# returns an int: used as it is when it fits a machine word, rehashed when
# it is bigger, -1 becomes -2.
print(bool(b""), bool(b"x"), not b"", [b for b in (b"", b"1") if b])


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [0, 7, -1, 2 ** 62 + 5, -(2 ** 62), 2 ** 64 + 5, -(2 ** 70), True]:
    print(h, hash(H(h)))
try:
    hash(H(1.5))
except TypeError as e:
    print("TypeError:", e)
