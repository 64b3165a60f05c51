# collections.OrderedDict: move_to_end, popitem(last=), equality, repr.
from collections import OrderedDict

o = OrderedDict()
o['a'] = 1
o['b'] = 2
o['c'] = 3
print(o, list(o))
o.move_to_end('a')
print(list(o.keys()))
o.move_to_end('c', last=False)
print(list(o.items()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([(1, 'x'), (2, 'y')]))
x = OrderedDict([('p', 1), ('q', 2)])
y = OrderedDict([('q', 2), ('p', 1)])
print(x == y, dict(x) == dict(y), x == {'q': 2, 'p': 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    x.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)
