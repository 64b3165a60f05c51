# tuple methods and operators.
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.index(3, -2), t.count(2), t.count(9), () .count(1))
print(t + (4,), t * 2, t[1:3], t[::-1], (1,) * 0, 3 * (0,))
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), (2,) > (1, 5), hash((1, 2)) == hash((1, 2)))
print(tuple.index((5, 6), 6), tuple.count((5, 5), 5))
for f in [lambda: t.index(9), lambda: t.index(), lambda: t.count(), lambda: t + [1], lambda: t[10], lambda: t.index(1, 1)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
