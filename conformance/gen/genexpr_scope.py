# A generator expression reads enclosing names when it runs, not when created.
n = 1
g = (x + n for x in range(3))
n = 100
print(list(g))


def make():
    k = 5
    gen = (k * i for i in range(3))
    k = 7
    return gen


print(list(make()))
print(sum(x * x for x in range(5)))
print(sorted((v for v in "cab"), reverse=True))
