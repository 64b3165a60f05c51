# weakref: what holds while the referent is alive (gpyasync never frees it).
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%r)' % self.name


n = Node('a')
r = weakref.ref(n)
print(r() is n, r(), weakref.getweakrefcount(n) >= 1)
print(weakref.ref(n) == r, hash(r) == hash(n))

vals = weakref.WeakValueDictionary()
vals['k'] = n
print(vals['k'], 'k' in vals, len(vals), list(vals.keys()))
keys = weakref.WeakKeyDictionary()
keys[n] = 5
print(keys[n], n in keys, len(keys))
s = weakref.WeakSet()
s.add(n)
print(n in s, len(s), list(s))

calls = []
fin = weakref.finalize(n, calls.append, 'done')
print(fin.alive)
print(fin(), calls, fin.alive, fin())

for bad in [lambda: weakref.ref(1), lambda: weakref.ref([]), lambda: weakref.ref('s')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
p = weakref.proxy(n)
print(p.name)
