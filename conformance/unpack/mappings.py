# ** with mappings that are not dicts: keys() then [key], and their errors.
class M:
    def __init__(self, d=None):
        self.d = d or {}
    def keys(self):
        return iter(self.d)
    def __getitem__(self, k):
        return self.d[k]
class Missing(M):
    def __getitem__(self, k):
        raise KeyError(k)
class Broken(M):
    def keys(self):
        raise AttributeError('no keys today')
class Bad(M):
    def __getitem__(self, k):
        raise ValueError('bad ' + k)
class D(dict):
    pass
def f(**k):
    return k
print(f(**M({'b': 1, 'a': 2})), {**M({'b': 1, 'a': 2})}, {**D({'x': 1}), **D({'y': 2})}, f(**D({'z': 3})))
print(dict(M({'q': 1})), f(**M(), **M({'r': 1})))
for expr in ["f(**Missing({'a': 1}))", "{**Missing({'a': 1})}", "f(**Broken({'a': 1}))", "{**Broken({'a': 1})}",
             "f(**Bad({'a': 1}))", "{**Bad({'a': 1})}", "f(**M({'a': 1}), **{'a': 2})", "f(**M({'1': 1}), **{'1': 2})",
             "f(**{1: 'x'})", "{**M({'a': 1}), **5}"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
