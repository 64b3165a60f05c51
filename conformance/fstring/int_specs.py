# Integer format specs: width, fill, alignment, sign, bases and grouping.
n = 255
print(f"[{n:5}] [{n:<5}] [{n:^7}] [{n:05}]")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {-42:+} {42:+} {42: }")
print(f"[{-5:=6}] [{-5:06}] [{n:*>8}]")
print(f"{65:c} {10:d}")
