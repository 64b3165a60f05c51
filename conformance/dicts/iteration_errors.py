# Changing a dict while iterating it raises RuntimeError.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e, d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = "changed"
print(d)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.pop(2)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter({1: 2, 3: 4}.items())
print(next(it), next(it), next(it, "end"))
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[5] = 5
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("again RuntimeError:", e)
except StopIteration:
    print("StopIteration")
