# add, remove, discard, clear, copy.
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.remove(1)
s.discard(10)
s.discard(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError:", repr(e))
c = s.copy()
c.add(4)
print(s, c, c is s)
f = frozenset({1, 2})
print(f.copy() is f, type(f.copy()).__name__)
s.clear()
print(s, len(s))
for bad in [lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove(), lambda: s.pop(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    frozenset().add(1)
except AttributeError as e:
    print("AttributeError:", e)
