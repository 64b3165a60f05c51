# A conversion is applied before the format spec.
s = "ab"
print(f"[{s!r:>8}]")
print(f"[{s!s:<6}]")
print(f"[{s!r:*^10}]")
print(f"[{7!r:>4}]")
