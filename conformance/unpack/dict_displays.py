# PEP 448 **mapping items in dict displays; keys evaluate before values.
d1 = {1: 'a', 2: 'b'}
d2 = {2: 'B', 3: 'c'}
print({**d1, 'k': 1, **d2})
print({**d1}, {**{}}, {**d1, **d1}, {'x': 0, **d1, 'x': 1})
print({**d2, 2: 'override'}, {2: 'first', **d2})
r = {**dict(z=1, a=2), **{True: 't'}, 1: 'one'}
print(r, list(r))
def log(tag, v):
    print('eval', tag)
    return v
print({log('k1', 'a'): log('v1', 1), log('k2', 'b'): log('v2', 2)})
print({log('k', i): log('v', i) for i in range(2)})
print({log('k', 1): log('v', 1), **log('m', {9: 9}), log('k', 2): log('v', 2)})
print({1: 'int', 1.0: 'float', True: 'bool'})
ks = {str(i): i for i in range(20)}
print(len({**ks, **{str(i): -i for i in range(10, 25)}}))
big = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11,
       12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19, **d1, 20: 20}
print(len(big), list(big)[-4:])
