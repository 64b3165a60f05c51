# The C3 method resolution order, and CPython's TypeErrors for bases that
# cannot be linearized or repeat.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(X, XY): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class Good(XY, X): pass
print([k.__name__ for k in Good.__mro__])
print(Good.mro() == list(Good.__mro__))
class M1:
    def f(self): return "M1"
class M2:
    def f(self): return "M2"
class M(M1, M2): pass
class N(M2, M1): pass
print(M().f(), N().f())
