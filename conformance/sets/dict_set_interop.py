# Sets built from dicts and dict views.
d = {i * 8: i for i in range(10)}
print(set(d), set(d.keys()), set(d.values()), frozenset(d.items()) == set(d.items()))
print(set(d) - {0, 8}, {0, 8, 99} & d.keys(), d.keys() - {0})
print(dict.fromkeys({3, 1, 2}), dict.fromkeys(frozenset([9, 8])))
s = {1, 2}
s.update({5: 0, 7: 0})
print(s, s.union({9: 9}), s.symmetric_difference({1: 0, 100: 0}))
print(s.difference({1: 0}), s.intersection({2: 0}), s.issuperset({1: 0}))
