# str() and repr() of exception groups.

eg = ExceptionGroup("many", [ValueError(1), TypeError("two")])
print(str(eg))
print(repr(eg))
print(eg)
print(f"{eg!s} | {eg!r}")
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))
empty_msg = BaseExceptionGroup("", [KeyboardInterrupt()])
print(str(empty_msg) + "|", repr(empty_msg))
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError()]), OSError("disk")])
print(nested)
print(repr(nested))
print(str(nested.exceptions[0]))


class Custom(ExceptionGroup):
    def __str__(self):
        return "custom:" + self.message


c = Custom("c", [ValueError()])
print(str(c), repr(c))


class Wrapped(ExceptionGroup):
    def __str__(self):
        return "[" + super().__str__() + "]"


print(Wrapped("w", [ValueError(), TypeError()]))
