# Unpacking nested inside unpacking, comprehensions and lambdas.
a, b = [1, 2], [3]
print([*[*a, *[*b, *a]], *(x for x in [*b, 0])])
print({**{**{'a': 1}, 'b': 2}, **{'c': [*a]}})
print([[*a, i] for i in [*b, *b]], {*[*a], *{*b}})
print((lambda *t, **k: (t, k))(*[*a, *b], **{**{'x': 1}, 'y': [*a]}))
print(dict(**{k: v for k, v in zip('ab', [*a])}, c={**{1: 2}}))
*h, t = [*a, *b]
print(h, t)
(p, *q), r = [*a, 9], (*b,)
print(p, q, r)
def outer(*args, **kw):
    def inner(*i, **j):
        return [*i, *args], {**kw, **j}
    return inner(*args[::-1], z=0, **kw)
print(outer(1, 2, x=1, y=2))
print(sorted([*{*a, *b}, *{**{5: 0}}]))
