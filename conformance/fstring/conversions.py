# The !r, !s and !a conversions call repr, str and ascii.
s = "caf\u00e9"
print(f"{s}")
print(f"{s!s}")
print(f"{s!r}")
print(f"{s!a}")
print(f"{42!r} {None!s} {[1, 'x']!r}")
print(f"{'it' + chr(39) + 's'!r}")
