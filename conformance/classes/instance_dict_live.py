# obj.__dict__ is the live attribute dictionary: writes to it are
# attributes, and assigning __dict__ replaces it.
class P:
    pass

p = P()
p.b = 1
p.a = 2
d = p.__dict__
d["c"] = 3
print(p.c, list(vars(p)))
print(p.__dict__ is d)
p.__dict__ = {"y": 1, "x": 2}
print(p.y, p.x, vars(p))
nd = {"k": 1}
p.__dict__ = nd
nd["later"] = 5
print(p.later)
del p.k
print(nd)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    def __init__(self):
        self.__dict__.update(z=1, y=2)
        self.x = 3
print(vars(Q()))
