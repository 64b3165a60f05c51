# dict() and update() take a mapping, pairs and keywords.
print(dict(), dict({1: 2}), dict([(1, 2), [3, 4], "ab"]), dict(a=1, b=2))
print(dict({"x": 1}, y=2, x=3), dict([("k", 1)], k=2))
print(dict(zip("abc", range(3))), dict(((i, i) for i in range(3))))

class Mapping:
    def keys(self):
        return [3, 1, 2]
    def __getitem__(self, k):
        return k * 10
print(dict(Mapping()))
d = {0: 0}
d.update(Mapping())
d.update([(5, 5)], z=1)
d.update(y=2, x=3)
d.update()
print(d)
for bad in [[1], [(1,)], [(1, 2, 3)], [1, 2], "x", 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError:", e)
try:
    {}.update([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2), (3,)])
except ValueError as e:
    print("ValueError:", e, d)
