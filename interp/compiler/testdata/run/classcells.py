def f(a):
    b = 1
    class C:
        c = a
        b = 2
        def m(self):
            nonlocal b
            b += 10
            return b, [a for _ in (1, 2)]
        def get(self):
            return __class__ is C
    return C, lambda: b

C, getb = f(5)
print(C.c, C.b, C().m(), getb(), C().get())

def outer():
    items = []
    def add(*xs, **kw):
        for x in xs:
            items.append(x)
        for k in sorted(kw):
            items.append(k)
        return len(items)
    return add, items
add, items = outer()
add(1, 2, z=3)
print(add(*[4], **{"y": 5}), items)

def defaults(a, b=[], *, c={}, d=None):
    return a, b, c, d
print(defaults(1), defaults(1, 2, c=3))

def gen_send():
    got = yield 1
    yield got * 2
g = gen_send()
print(next(g), g.send(21))

x = 10
def shadow():
    x = 20
    def inner():
        return x
    x = 30
    return inner()
print(shadow(), x)

def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())

def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        return "no break"
    return "break"
print(while_else(3), while_else(10))

def nested_try():
    r = []
    try:
        try:
            raise KeyError("a")
        finally:
            r.append("inner finally")
    except KeyError:
        r.append("outer except")
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            r.append(i)
    return r
print(nested_try())

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_finally())
v = [1, 2, 3, 4, 5]
v[1:4:2] = ["a", "b"]
del v[::2]
print(v, v[-1:], (1, 2, 3)[::-1][0])
o = type("O", (), {})()
o.attr = 1
o.attr += 1
print(o.attr)
del o.attr
print(hasattr(o, "attr"))
print(not 1, -(-3), ~5, +2, 2 ** 10, 7 // 2, 7 % 3, 1 << 4, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3, 7 / 2)
