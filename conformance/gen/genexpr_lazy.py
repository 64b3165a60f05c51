# A generator expression evaluates its first iterable at once, everything else lazily.
def source(name, n):
    print("making", name)
    return range(n)


def check(x):
    print("check", x)
    return x % 2 == 0


g = (x * 10 for x in source("outer", 4) if check(x))
print("genexpr created")
print("first:", next(g))
print("rest:", list(g))

h = ((x, y) for x in source("first", 2) for y in source("second", 2))
print("nested created")
print(list(h))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager TypeError:", e)
