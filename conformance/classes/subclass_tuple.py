# Subclasses of tuple: immutable values customized in __new__, named
# accessors through properties, equality and repr like a tuple.
class T(tuple):
    pass

t = T((1, 2))
print(t, type(t).__name__, len(t), t[0], t[::-1], t + (3,), (0,) + t, 2 in t)
print(t == (1, 2), isinstance(t, tuple), T(), T("ab"))
a, b = t
print(a, b, t.count(1), t.index(2))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

p = Point(1, 2)
print(p, p.x, p.y, tuple(p), p == (1, 2), str(p), [p])

class Pair(tuple):
    def __new__(cls, a, b):
        self = tuple.__new__(cls, (a, b))
        self.tag = "pair"
        return self
    def swap(self):
        return Pair(self[1], self[0])

q = Pair("a", "b")
print(q, q.tag, q.swap(), q.swap().tag, sorted([Pair(2, 1), Pair(1, 2)]))
try:
    q[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
