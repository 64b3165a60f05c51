# Scoping corner cases of assignment expressions.
[(mod := i) for i in range(3)]
print(mod)
print(sum((gen := i) for i in range(4)), gen)
fs = [lambda: (inner := 5) for _ in range(2)]
print([f() for f in fs])
try:
    inner
except NameError as e:
    print("NameError:", e)


class K:
    (attr := "class level")
    other = attr.upper()


print(K.attr, K.other)


def outer():
    x = 0

    def bump():
        nonlocal x
        return [(x := x + i) for i in range(4)]
    r = bump()
    return r, x


print(outer())


def shadow():
    y = "outer"
    res = [(y := str(i)) for i in range(2)]
    return res, y


print(shadow())


def uses_before():
    vals = [1, 2]
    print([v + (t := 10) for v in vals], t)


uses_before()


def in_generator():
    g = ((w := v) for v in "ab")
    try:
        w
    except NameError as e:
        print("before:", type(e).__name__)
    print(list(g), w)


in_generator()


def cond_chain(items):
    out = []
    for it in items:
        if (n := len(it)) > 2 and (first := it[0]) == "a":
            out.append((n, first))
    return out


print(cond_chain(["abc", "ab", "axyz", "bcd"]))
print([[(p := a + b) for b in range(2)] for a in range(2)], p)
print({(q := k): v for k, v in [(1, 2), (3, 4)]}, q)
