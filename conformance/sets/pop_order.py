# pop() removes elements in CPython's order.
s = {5, 3, 9, 1, 100, -4}
print([s.pop() for _ in range(len(s))])
s = set(range(0, 64, 4))
out = []
for i in range(8):
    out.append(s.pop())
    s.add(i * 100 + 1)
print(out, s)
s = {(1, 2), (3, 4), None, 2.5}
print(s.pop() is not None or True, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
s = {1, 2, 3}
s.pop()
s.clear()
s.update([7, 15, 23])
print(s.pop(), s.pop(), s)
