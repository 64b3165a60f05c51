# Subclasses of int: arithmetic gives plain ints, values are made in
# __new__, formatting, hashing and comparison work as for ints, and
# overridden operators win.
class I(int):
    pass

i = I(3)
print(i, repr(i), type(i).__name__, i + 1, type(i + 1) is int, 1 + i, type(1 + i) is int)
print(i * 2, i - 1, 10 - i, i // 2, i % 2, i ** 2, -i, +i, abs(I(-4)), ~i, i << 1, i & 1, i | 4)
print(type(-i) is int, type(abs(i)) is int, int(i), type(int(i)) is int, float(i))
print(f"{i:>4}|{i:04d}|{i:x}|{i}", format(i, "b"), "%d %s %r" % (i, i, i))
print(i == 3, 3 == i, i < 4, i >= 3, hash(i) == hash(3), bool(I(0)), bool(i))
print([10, 20, 30, 40][i], list(range(i)), divmod(I(7), 2), round(I(15), -1))
print(I("12"), I("ff", 16), I(4.7), isinstance(i, int), issubclass(I, int))
d = {3: "three"}
print(d[i])

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    def __str__(self):
        return "%d.%02d %s" % (self // 100, self % 100, self.currency)

m = Money(250)
print(m, m + 199, type(m + 1).__name__, m * 2, type(m * 2).__name__, repr(m))

class Small(int):
    def __repr__(self):
        return "Small(%d)" % self

s = Small(5)
print(s, str(s), repr(s), [s], f"{s}", f"{s:3}")

class Flag(int):
    def __bool__(self):
        return False
print(bool(Flag(1)), Flag(1) + 0)
big = I(2 ** 70)
print(big, big + 1, isinstance(big + 1, int), type(big) is I)
