# list slice assignment and deletion, plain and extended.
l = list(range(10))
l[2:5] = ["a", "b"]; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = "xy"; print(l)
l[::2] = range(len(l[::2])); print(l)
l[1::3] = [None] * len(l[1::3]); print(l)
del l[::2]; print(l)
del l[1:3]; print(l)
del l[-1]; print(l)
l[-1] = "last"; print(l)
l = [1, 2, 3]
l[5:10] = [4]; print(l)
l[1:1] = (); print(l)
l[::-1] = [7, 8, 9, 10]; print(l)
l[:] = l; print(l)
l[1:3] = (i * 10 for i in range(3)); print(l)
del l[:]; print(l)
l = [0, 1, 2, 3]
del l[::-2]; print(l)
del l[10:]; print(l)
for f in ["l[::2] = [1]", "l[5] = 1", "del l[5]", "l['a'] = 1", "l[::0] = []", "del l[::0]", "l[1:2] = 5", "l[-10] = 0", "del l['a']"]:
    try:
        exec(f)
        print(l)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
