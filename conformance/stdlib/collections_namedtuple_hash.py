# namedtuple instances hash like the equal plain tuple (usable as dict keys).
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(hash(p) == hash((1, 2)), hash(p) == hash(Point(1, 2)))
d = {(1, 2): 'plain'}
print(d[p])
print({p: 'named'}[(1, 2)])
print(len({p, (1, 2), Point(1, 2)}))
