# repr and str of ints, bools and big ints.
print(0, -1, 10**20, -10**30, 2**64, 2**63 - 1, -2**63, True, False, [True], None, [None])
print(repr(10**50), str(-10**50), int("-0"), 0x10, 0o17, 0b11, 1_000_000)
print(1 + True, True + True, -True, ~True, repr(True), str(False), int(True))
print(7 // 2, -7 // 2, 7 % -2, 2 ** -1, 2 ** 100, (-2) ** 3, 10 / 4, 10 / 5, 1 / 3)
