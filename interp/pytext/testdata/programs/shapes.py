import sys
def f(): pass
class C:
    def m(self): pass
class R:
    def __repr__(self): return 'R!'
class S:
    def __str__(self): return 'S!'
class F:
    def __format__(self, spec): return 'F:' + spec
class Bad:
    def __repr__(self): return 1
print(repr(f)[:13], repr(C())[:20], repr(R()), str(R()), str(S()), repr(S())[:16], format(F(), 'x'), '{:abc}'.format(F()), repr(sys), repr(len), repr(C().m)[:30], repr([R()]))
print(repr(print), repr(C), repr(f.__code__)[:20])
try: repr(Bad())
except TypeError as e: print(e)
print(1, 2, sep='-', end='|\n')
print(1, 2, sep=None, end=None)
print(file=sys.stdout)
print('x', flush=True)
print(*[1, 'a', None, (1,)])
print(ValueError(), KeyError('k'), 1e16, -0.0)
