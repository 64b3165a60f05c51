# Left-to-right evaluation, and when each * and ** operand is consumed.
def log(tag, v=None):
    print('eval', tag)
    return v
def gen(tag, n):
    for i in range(n):
        print('iter', tag, i)
        yield i
class M:
    def __init__(self, tag, d):
        self.tag, self.d = tag, d
    def keys(self):
        print('keys', self.tag)
        return list(self.d)
    def __getitem__(self, k):
        print('get', self.tag, k)
        return self.d[k]
def f(*a, **k):
    print('call', a, k)
log('fn', f)(log('a', 1), *log('s', gen('s', 2)), log('b', 2))
log('fn', f)(*log('s', gen('s', 2)), x=log('x', 1))
log('fn', f)(x=log('x', 1), *log('s', gen('s', 1)))
log('fn', f)(*gen('t', 1), **log('m', M('m', {'k': 1})))
f(log('p', 0), *gen('u', 1), y=log('y', 1), **M('n', {'q': 2}), z=log('z', 3))
f(**M('a', {'a': 1}), **M('b', {'b': 2}))
print([log('l0'), *gen('l', 2), log('l1')])
print((log('t0'), *gen('t', 1)))
print({log('s0', 0), *gen('s', 2)})
print({log('k0', 'k'): log('v0', 0), **M('d', {'e': 1}), log('k1', 'j'): log('v1', 1)})
