# list methods.
l = [1, 2, 3]
l.insert(0, 0); l.insert(100, 9); l.insert(-1, 8); l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2); print(l)
l = [3, 1, 3, 2, 3]
print(l.index(3), l.index(3, 1), l.index(3, 3), l.index(3, -1), l.index(1, 0, 2), l.count(3), l.count(7))
l.reverse(); print(l)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, c)
l.extend(range(3)); l.extend("ab"); l.extend((x for x in [7])); print(l)
print([1.0, 2].index(2.0), [[1]].count([1]), [float("nan")].count(float("nan")))
class Eq:
    def __eq__(self, other):
        return True
print([1, 2].index(Eq()), [1, 2].count(Eq()))
x = [Eq(), 5]; x.remove(5); print(len(x))
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [].remove(1), lambda: [].insert(1), lambda: [1].index(2),
          lambda: [1].index(1, "a"), lambda: [].count(), lambda: [1].pop("a"), lambda: (1,).index(2), lambda: [1, 2].index(1, 1),
          lambda: [].reverse(1), lambda: ["a"].index("b"), lambda: [].extend(1), lambda: list.append(1, 2)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
