# Stepping infinite generators by hand.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


nat = naturals()
print([next(nat) for _ in range(5)])
print(next(nat), next(nat))
f = fib()
out = []
for v in f:
    if v > 100:
        break
    out.append(v)
print(out)
print("generator continues after break:", next(f))


def take(n, it):
    res = []
    for _ in range(n):
        res.append(next(it))
    return res


squares = (x * x for x in naturals())
print(take(6, squares))
