# The types of builtin iterators: names, default reprs and __length_hint__.
def f():
    return 1
objs = [iter([]), iter(()), iter(""), iter("é"), iter({}), iter({}.values()), iter({}.items()), iter({}.keys()), iter(set()),
        iter(frozenset()), iter(range(3)), iter(b''), iter(bytearray()), reversed([]), reversed(range(2)), zip(), map(str, []),
        filter(None, []), enumerate([]), iter(f, 1)]
for o in objs:
    name = type(o).__name__
    r = repr(o).split(' at ')[0] if name != 'range_iterator' else ''
    print(name, r, hasattr(o, "__length_hint__"))
print(iter([1, 2, 3]).__length_hint__(), iter(range(5)).__length_hint__(), iter(range(10, 0, -3)).__length_hint__(), iter((1,)).__length_hint__())
print(iter('ab').__length_hint__(), iter('hé').__length_hint__(), iter(b'xyz').__length_hint__(), reversed([1, 2]).__length_hint__())
it = iter((1, 2, 3))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
it = iter('héllo')
print(next(it), next(it), it.__length_hint__(), ''.join(it))
it = iter(range(1, 8, 2))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
l = [1, 2]
it = iter(l)
l.append(3)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(list(iter(b'ab')), list(iter('ab')), list(iter((None, 1))), tuple(reversed(range(0, 10, 4))))
