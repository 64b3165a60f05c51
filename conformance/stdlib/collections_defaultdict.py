# collections.defaultdict: default factories, __missing__, repr.
from collections import defaultdict

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, dict(dd), len(dd), 'c' in dd)
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
print(repr(defaultdict(None)), defaultdict(str, {1: 'x'}), defaultdict(set, a={1}))
n = defaultdict(lambda: 'n/a')
print(n[5], n.get(6), list(n.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], isinstance(nested, dict))
c = dd.copy()
c['z'].append(0)
print(type(c).__name__, sorted(c), sorted(dd))

try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError:', e)
