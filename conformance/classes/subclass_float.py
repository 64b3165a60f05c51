# Subclasses of float: arithmetic gives plain floats; repr, str, format,
# comparison and hashing as for floats.
class F(float):
    pass

f = F(1.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1) is float, 2 * f, type(2 * f) is float)
print(f - 0.5, 3 / f, f // 1, f % 1, f ** 2, -f, abs(F(-2.0)), round(F(2.675), 2), round(F(2.5)))
print(f == 1.5, 1.5 == f, f < 2, hash(f) == hash(1.5), int(f), float(f), type(float(f)) is float)
print(f"{f:.3f}|{f:>8}|{f}", "%.2f" % f, F("2.25"), F(), f.is_integer(), isinstance(f, float))

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)
    def to_f(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, str(c), c.to_f(), [c])
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
