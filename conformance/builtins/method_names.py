# Builtin functions and methods: reprs (addresses cut), type names, call errors, dir().
class C:
    def f(self):
        pass
def cut(o):
    return repr(o).split(' at ')[0]
print(cut(len), cut(print), cut([].append), cut('a'.upper), cut({}.get), cut(C().f))
print(type(len).__name__, type(C().f).__name__, type(C.f).__name__)
for call in [lambda: [].append(), lambda: [].append(1, 2), lambda: len(), lambda: [].append(*1), lambda: ''.join(*1),
             lambda: len(*1), lambda: [].append(**1), lambda: dir(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
l = []
l.append(1)
list.append(l, 2)
print(l)
x = 1
def g(a, b=2):
    c = 3
    print(dir())
    def h():
        print(dir(), c)
    h()
g(1)
class K:
    y = 2
    print(dir())
print([n for n in dir() if not n.startswith('__')], sorted(dir()) == dir())
