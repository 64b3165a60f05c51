# collections.ChainMap: lookups through the chain, writes to the first map.
from collections import ChainMap

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('z', 0))
cm['d'] = 4
print(over, base)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], len(child.maps))
print(ChainMap({1: 2}, {3: 4}))
try:
    del cm['a']
except KeyError as e:
    print('KeyError:', e)
try:
    cm['zz']
except KeyError as e:
    print('KeyError:', e)
