# Module globals come out in insertion order, as every dict does.
import sys
zeta = 1
alpha = 2
def middle():
    pass
class Beta:
    pass
import os.path
from math import sqrt, floor as fl
mu = [1]
mu += [2]
for idx in range(2):
    pass
del alpha
alpha = 3
if (walrus := 5):
    pass
try:
    raise KeyError("k")
except KeyError as caught:
    pass
def setg():
    global late, early
    early = 1
    late = 2
setg()
with open(__file__) as fh:
    pass
zeta = 10


def user(names):
    return [n for n in names if not n.startswith("__")]


print(user(list(globals())))
print(user(globals().keys()))
print(user(k for k, v in globals().items()))
seen = []
name = None
for name in globals():
    seen.append(name)
print(user(seen))
print([v for k, v in globals().items() if k in ("zeta", "alpha", "mu", "idx", "walrus")])
print("caught" in globals(), len(user(globals())) == len(user(list(globals().keys()))))
