# enumerate, zip, map and filter: types, names and zip(strict=True).
print(enumerate, zip, map, filter, reversed, range, slice)
for o in [enumerate([]), zip(), map(str, []), filter(None, []), iter([]), iter(range(0))]:
    print(type(o).__name__)
print(list(enumerate("ab", 1)), list(enumerate("ab", start=-1)), list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1])))
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([1], strict=False)))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1], [2], [3, 4]), ([1, 2], [2], [3])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
for f in [lambda: zip(1), lambda: zip([], 1), lambda: map(str), lambda: zip(x=1), lambda: enumerate(), lambda: filter(None)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
