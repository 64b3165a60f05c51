# Python 3.4 constructs, to compare our parser with gpython's.
import os, sys as system, a.b.c as d
from . import x
from .. import (y, z as w,)
from ...pkg.mod import *
from os.path import join, split
x = 1; y = 2;
a, b = b, a
a, *b = c
[a, b] = 1, 2
(a, b), c = d
x = y = z = 0
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
del a, b[1], c.d
del (a, b)
assert x, "msg"
assert (x)
global g1, g2
def f(a, b=1, *args, c, d=2, **kw) -> int:
    "doc"
    nonlocal q
    return a
def g(*, a, b=1): pass
def h(a: int, b: "str" = 'x', *c: list, **d: dict) -> None: pass
def k(*args): return
def m(**kw): yield
def n(a,): yield from a
lambda: 0
lambda a, b=1, *c, d, **e: a
lambda *, a: a
lambda *a: a
lambda **k: k
@dec
@dec.attr
@dec(1, x=2)
@dec()
class C(Base, metaclass=Meta, *args, **kwargs):
    x = 1
    def method(self):
        super().method()
class D: pass
class E(): pass
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in c: pass
for (a, b) in c: pass
for [a, b] in c: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b, c as (d, e), f: pass
raise
raise E
raise E from e
x = a if b else c
x = a or b or c and d and not e
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = a | b ^ c & d << e >> f + g - h * i / j % k // l
x = -a + +b - ~c
x = a ** -b ** c
x = a.b.c[d][e:f][::g][h:i:j][k, l][m:n, o][...][:, 1]
x = f(a)(b)(c, d=e, *f, **g)
x = f(*a)
x = f(**k)
x = f(a, *b, c=1, **d)
x = f(x for x in y)
x = f(a for b in c if d if e for f in g)
x = [x for x in y]
x = [x for x in y if x for z in x]
x = {x for x in y}
x = {k: v for k, v in y}
x = (x for x in y)
x = [lambda: x for x in y if (lambda: z)]
x = [1, 2, 3,]
x = {1, 2, 3}
x = {1: 2, 3: 4,}
x = {}
x = ()
x = []
x = (1,)
x = 1,
x = (yield)
x = yield a, b
x = 'a' "b" '''c''' """d"""
x = b'a' B"b" rb'\d' Br"\e"
x = r'\n' u'x' R"\t"
x = 'esc\n\t\\\'\"\x41\101\u00e9\U0001F600\a\b\f\v\0'
x = b'\x00\xff\777\n'
x = 'line\
continued'
x = """multi
line
string"""
x = 0, 1, 123, 0x1F, 0o17, 0b101, 1.5, .5, 5., 1e10, 1.5e-3, 3j, 1.5J, 1E5j
x = 123456789012345678901234567890
x = None, True, False, ...
x = \
    1
x = (1 +
     2)
x = [
    1,
    2,
]
if x:
	y = 1
	if y:
	    z = 2
def deep():
    def deeper():
        def deepest():
            return 1
        return deepest
    return deeper
x = a[1:2, ::3]
x = a[b, c]
x = a[b,]
print("é", 'ü', x)
y = "ünïcode" + x
