# Colons in slices and dict literals inside parentheses are not format specs.
xs = list(range(10))
print(f"{xs[2:5]}")
print(f"{xs[::3]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda: 'called')()}")
print(f"{xs[1:3]!r:>12}")
