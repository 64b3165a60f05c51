# f-strings call __format__ with the spec text; the conversion bypasses it.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return str(self.c * 9 // 5 + 32) + "F"
        return str(self.c) + "C" + (" (" + spec + ")" if spec else "")
    def __repr__(self):
        return "Temp(" + str(self.c) + ")"
    def __str__(self):
        return "temp " + str(self.c)

t = Temp(100)
print(f"{t}")
print(f"{t:F}")
print(f"{t:xyz}")
print(f"{t!r}")
print(f"{t!s}")
