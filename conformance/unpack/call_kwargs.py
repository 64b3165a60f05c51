# Calls with several **mappings; keyword order reaches **kwargs.
def f(*args, **kwargs):
    return args, kwargs
k1, k2 = {'x': 1}, {'z': 3}
print(f(**k1, y=2, **k2))
print(f(a=1, **{'c': 3, 'b': 2}, d=4, **{'f': 6, 'e': 5}))
print(list(f(z=0, y=1, x=2, **{'w': 3})[1]))
print(f(**{}), f(**{}, **{}), f(1, **{}))
def g(a, b, *, c, d=4):
    return a, b, c, d
print(g(**{'a': 1, 'b': 2}, **{'c': 3}), g(1, **{'b': 2}, c=3, **{'d': 5}))
print(dict(**{'a': 1}, b=2, **{'c': 3}))
d = {}
d.update(**{'p': 1}, **{'q': 2})
print(d)
print(f(*[1], **k1, **k2, w=0))
print(sorted(f(**dict.fromkeys('hello'))[1]))
