# Truth values of built-in objects and short-circuit operators.
values = [0, 1, -1, 0.0, "", "a", [], [0], (), {}, {"k": 0}, None, range(0), range(1)]
for v in values:
    print(repr(v), "->", "true" if v else "false")
print(0 or "fallback", 3 and "second", None and 1, [] or [] or "last")
print(not 0, not "x")


def noisy(v):
    print("evaluated", v)
    return v


print(noisy(0) and noisy(1))
print(noisy(2) or noisy(3))
