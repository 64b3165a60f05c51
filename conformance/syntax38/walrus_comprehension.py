# An assignment expression in a comprehension binds in the enclosing scope.
vals = [1, 5, 2, 8]
print([last := v for v in vals], last)
print([m for v in vals if (m := v * 2) > 4], m)
print({k: (kk := k * 10) for k in range(3)}, kk)
print({(ss := v) for v in vals} == set(vals), ss)
g = (gg := v for v in range(3))
print(list(g), gg)


def running_total(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total


print(running_total([1, 2, 3]))


def first_match(xs):
    if any((hit := x) > 3 for x in xs):
        return hit
    return None


print(first_match([1, 2, 5, 7]), first_match([1]))


def nested():
    res = [[(inner := a * b) for b in range(3)] for a in range(3)]
    return res, inner


print(nested())


def closure_sees():
    [(found := i) for i in range(4)]

    def get():
        return found
    return get()


print(closure_sees())


def with_global():
    global gv
    [(gv := i) for i in range(3)]


with_global()
print(gv)


def with_nonlocal():
    nv = "unset"

    def inner():
        nonlocal nv
        [(nv := i) for i in range(2)]
    inner()
    return nv


print(with_nonlocal())


def unbound():
    try:
        print(lost)
    except NameError as e:
        print(type(e).__name__, e)
    [lost := i for i in []]


unbound()
