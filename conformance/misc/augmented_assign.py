# Augmented assignment on names, lists (in place), tuples (rebinding), attributes and subscripts.
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, len(u), t is u)
s = "ab"
s *= 3
print(s)


class Box:
    pass


box = Box()
box.n = 5
box.n -= 2
box.n **= 2
print(box.n)
d = {"k": 1}
d["k"] += 10
d["k"] //= 4
print(d["k"])
n = 7
n %= 4
n <<= 3
n |= 1
print(n)
