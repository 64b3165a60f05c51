# Star expressions where CPython 3.9+ accepts them: return, yield, for,
# augmented assignment; and starred assignment targets next to displays.
a, b = [1, 2], (3,)
def r():
    return *a, *b
def y():
    yield *a, 0
print(r(), next(y()))
for x in *a, *b:
    print(x, end=' ')
print()
t = ()
t += *a, 9
print(t)
lst = [0]
lst += *b, *b
print(lst)
first, *rest = *a, *b, 4
print(first, rest)
[*init, last] = [*'xyz']
print(init, last)
*_, end = range(5)
print(end)
print([*a] == list(a), (*b,) == tuple(b))
