# collections.Counter: counting, most_common, arithmetic, update/subtract.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common()[-1], c['a'], c['zzz'])
print(sorted(c.elements()))
print(c + Counter('aab'))
print(c - Counter('aaaaaaa'))
print(c & Counter(a=2, b=5), c | Counter(z=1))
print(-Counter(a=-1, b=2), +Counter(a=-1, b=2))
print(Counter(), repr(Counter()), Counter(a=3, b=1), Counter({'x': 2}))
d = Counter(a=1)
d.update('aab')
d.update({'c': 5})
print(d)
d.subtract(a=10)
print(d, d.total())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
del d['c']
del d['missing']
print(d)
print(Counter('aab') == Counter('aba'), isinstance(c, dict))
