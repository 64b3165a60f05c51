def show(e):
    print(name_of(e), *e.args)

def f(a, b=2, *args, c, d, **kw):
    print(a, b, args, c, d, sorted(kw.keys()))

f(1, c=3, d=4)
f(1, 2, 3, 4, c=5, d=6, e=7)
f(*[1, 2, 3, 4], **{"c": 9, "z": 1, "d": 0})

def g(x, y):
    return x - y
print(g(y=1, x=10))

for call in [lambda: g(1), lambda: g(), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2),
             lambda: f(), lambda: f(1), lambda: g(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        show(e)

def h(a, b, c):
    pass
try:
    h()
except TypeError as e:
    show(e)

def k(a, *, b):
    pass
try:
    k(1, 2, b=3)
except TypeError as e:
    show(e)
def k2(a, b=1, *, c, d):
    pass
try:
    k2(1)
except TypeError as e:
    show(e)
def none():
    pass
try:
    none(1)
except TypeError as e:
    show(e)

class A:
    def m(self, x):
        return x
try:
    A().m()
except TypeError as e:
    show(e)
print(A().m(5))

def make_adder(n):
    def add(x):
        return x + n
    return add
print(make_adder(3)(4))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c()
print(c())

def both(a):
    b = a * 2
    def mid():
        c = b + 1
        def inner():
            return a + b + c
        return inner
    return mid()()
print(both(5))

def late():
    def get():
        return v
    try:
        get()
    except NameError as e:
        show(e)
    v = 1
    return get()
print(late())

G = 1
def setg():
    global G
    G = 2
setg()
print(G)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(20))

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    show(e)
print(fact(10))

try:
    go_panic()
except SystemError as e:
    show(e)

class Base:
    def hello(self):
        return "base hello"

class Child(Base):
    kind = "child"
    def hello(self):
        return "child and " + Base.hello(self)
    def cls_name(self):
        return __class__.kind

c = Child()
print(c.hello(), c.cls_name(), Child.kind)

x = [1, 2, 3, 4, 5]
print(x[1:3], x[::2], x[-1])
x[1:3] = [9]
print(x)
del x[0]
print(x)
d = {"a": 1}
d["b"] = 2
del d["a"]
print(d)
print({str(k): k * 2 for k in range(3)} == {"0": 0, "1": 2, "2": 4})
print(sorted({v % 3 for v in range(10)}))
print(1 < 2 < 3, 1 < 3 < 2, 2 in [1, 2], 5 not in [1, 2], None is None, G is not None)
a = b = 3
a += 1
print(a, b, -a, +a, ~a, not a, 2 ** 10, 7 // 2, 7 % 3, 7 / 2, 1 << 4, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3)
t = (1, 2)
q, r = t
print(q, r)
print(globals()["G"], "q" in locals())
def loc(p):
    z = p + 1
    return sorted(locals().keys()), locals()["z"]
print(loc(1))
print(eval("q + r"))
exec("ex = q * 10")
print(ex)
import math
print(math.floor(2.5))
from math import floor as fl
print(fl(3.7))
try:
    from math import nope
except ImportError as e:
    print(name_of(e))
i = 0
while True:
    i += 1
    if i > 5:
        break
    if i % 2:
        continue
    print("even", i)
else:
    print("never")
for j in range(2):
    pass
else:
    print("for else", j)
from math import *
print(floor(pi))
def star_in_func():
    return [name for name in ["x", "y"]]
print(star_in_func())
def va(*a, **k):
    return len(a), sorted(k.keys())
for bad in [lambda: va(*1), lambda: va(**1), lambda: va(a=2, **{"a": 1}), lambda: A().m(*1)]:
    try:
        bad()
    except TypeError as e:
        show(e)
print(va(*(1, 2), **{"x": 1}))
def outer_cls():
    x = 1
    class C:
        y = x + 1
        def get(self):
            return x
    return C.y, C().get()
print(outer_cls())

def deco(fn):
    def wrapper(*a, **k):
        return "wrapped " + fn(*a, **k)
    return wrapper

@deco
def greet(name, punct="!"):
    return name + punct
print(greet("bob"), greet("amy", punct="?"))
fs = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fs])
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
def gen_closure(k):
    return [v + k for v in (w * 2 for w in range(3))]
print(gen_closure(1))
def kwonly_default(a, *, b=5):
    return a + b
print(kwonly_default(1), kwonly_default(1, b=2))
def param_cell(a, b):
    def use():
        return a * b
    a = a + 1
    return use()
print(param_cell(2, 3))
for a in (7, -7, 0, 9223372036854775807, -9223372036854775807 - 1):
    for b in (2, -2, 3, -1):
        print(a // b, a % b, end=" ")
print()
x = 17
x //= 5
y = -17
y %= 5
print(x, y)
for expr in ("1 // 0", "1 % 0", "1 / 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        show(e)
t1 = (1, 2)
t2 = t1
t3 = (1, 2) + ()
d1 = {}
e1, e2, l1, l2, d2 = (), (), [], [], {}
print(t1 is t2, t1 is not t2, d1 is d1, d1 is d2, e1 is e2, l1 is l2, t1 is None, None is t1)
