# Changing a set while iterating it raises RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
it = iter(s)
print(next(it), next(it), next(it, "done"))
print(type(it).__name__)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
