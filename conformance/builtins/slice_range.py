# slice and range objects.
s = slice(1, None, 2)
print(s, repr(slice(5)), slice(1, 2), s.start, s.stop, s.step, slice(None))
print(slice(1, 5, 2).indices(3), slice(None).indices(5), slice(-3, None).indices(5), slice(None, None, -1).indices(4), slice(10, -10, -3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), [0, 1, 2, 3][slice(1, 3)], "abcd"[slice(None, None, -2)])
r = range(0, 10, 3)
print(r, range(5), range(1, 5), range(5, 0, -1), len(r), len(range(10, 0)), len(range(0, -10, -3)))
print(list(r), r[1], r[-1], r[1:], r[::-1], r[10:], range(10)[2:8:2], range(10)[::-3])
print(r.index(6), r.count(6), r.count(7), 6 in r, 7 in r, -3 in r, 3.0 in r, r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(2, 2), range(1, 4, 2) == range(1, 5, 2), range(3) == [0, 1, 2])
print(list(reversed(range(1, 8, 3))), bool(range(0)), bool(range(1)), max(range(5)), sum(range(5)))
for f in [lambda: r.index(7), lambda: r[10], lambda: range(1, 2, 0), lambda: range(1.5), lambda: slice(1, 2).indices(-1),
          lambda: slice(0, 1, 0).indices(3), lambda: range(), lambda: r["a"]]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
