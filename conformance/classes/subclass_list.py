# A subclass of list is a list everywhere: len, iteration, indexing,
# slicing, operators, sorted, ==, repr, isinstance, inherited and
# overridden methods, super() reaching list's methods, an instance
# dictionary, and __init__ overrides.
class L(list):
    pass

l = L([3, 1, 2])
l.append(4)
print(l, len(l), type(l).__name__, isinstance(l, list), isinstance(l, L))
print(l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(l + [5], type(l + [5]).__name__, [0] + l, l * 2)
print(2 in l, 9 in l, sorted(l), list(l), tuple(l), max(l), sum(l))
print(l == [3, 1, 2, 4], [3, 1, 2, 4] == l, l != [1], l < [4], bool(L()), bool(l))
print(repr(l), str(l), f"{l}", "%s" % (l,))
for x in l:
    print("item", x)
l[0] = 30
del l[1]
print(l, l.index(2), l.count(30), l.pop(), l)
l.sort()
print(l)
l.reverse()
print(l)
l.extend([7, 8])
l.insert(0, -1)
l.remove(7)
print(l)
l2 = l
l += [9]
print(l2 is l, type(l).__name__, l)
l *= 2
print(type(l).__name__, len(l))
print(l.copy(), type(l.copy()).__name__)

class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        super().append(("wrapped", x))
    def __repr__(self):
        return "Stack" + super().__repr__()

s = Stack()
s.push(1)
s.name = "s"
print(s, s.__dict__, len(s), s[0])

class Counted(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label

c = Counted("abc", "letters")
print(c, c.label, len(c))

class NoFill(list):
    def __init__(self, items):
        self.seen = items

print(NoFill([1, 2]), NoFill([1, 2]).seen)

try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)
print(L.__mro__ == (L, list, object), L.__bases__ == (list,))
nested = L([L([1]), [2]])
print(nested, nested == [[1], [2]])
