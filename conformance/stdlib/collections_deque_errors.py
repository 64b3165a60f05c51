# collections.deque error messages.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque()[0],
    lambda: d[3],
    lambda: d.remove(9),
    lambda: d.index(9),
    lambda: d.insert(0, 1),
    lambda: deque(maxlen=-1),
    lambda: d[1:2],
    lambda: deque(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)

m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
