# collections.deque: both ends, maxlen, rotate, indexing, repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d[1] = 'X'
del d[0]
print(d, d.count('a'), d.index('a'), 'X' in d, 7 in d)
d.insert(1, 'ins')
d.remove('ins')
d.reverse()
print(d, list(reversed(d)))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(5)
print(m)
m.appendleft(1)
print(m)
m.extend([7, 8])
print(m)
print(deque(maxlen=2), deque(), deque('abc'), deque([[1], (2,)]))

e = deque([1, 2])
print(e == deque([1, 2]), e == [1, 2], e < deque([1, 3]), e + deque([3]), e * 2)
c = e.copy()
c.append(3)
print(e, c)
e.clear()
print(e, bool(e), bool(c))

q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)
for i in range(100):
    q.appendleft(i)
print(q[0], q[-1], len(q))
