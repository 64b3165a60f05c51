# bool and None in f-strings, with and without specs.
print(f"{True} {False} {None}")
print(f"{True:d} {True:>6} {False!r}")
print(f"[{True:^7}]")
print(f"{3 > 2=}")
