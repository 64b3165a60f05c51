# Function attributes: __module__, __doc__, __qualname__, __defaults__,
# __kwdefaults__, __code__, __globals__, __closure__, __dict__ and
# settable ones; bound methods' __func__ and __self__.
def f(a, b=2, *, c=3):
    "doc of f"
    return a

def g():
    pass

print(f.__module__, f.__doc__, g.__doc__)
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(g.__defaults__, g.__kwdefaults__)
print(f.__code__.co_name, f.__globals__ is globals())
print(f.__closure__)

def outer():
    x = 1
    def inner():
        return x
    return inner

inner = outer()
print(inner.__qualname__, len(inner.__closure__), inner.__closure__[0].cell_contents)
print(f.__dict__)
f.x = 1
print(f.x, f.__dict__)
f.__wrapped__ = g
print(f.__wrapped__ is g)
f.__doc__ = "new"
f.__module__ = "mod"
f.__qualname__ = "Q.f"
f.__defaults__ = (5,)
print(f.__doc__, f.__module__, f.__qualname__, f.__defaults__)

class C:
    def m(self):
        "method doc"
        return 1

c = C()
bm = c.m
print(bm.__func__ is C.m, bm.__self__ is c, bm.__doc__, bm.__name__, bm.__qualname__)
print(C.m.__qualname__, C.m.__module__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
import types
m = types.MethodType(f, c)
print(m.__self__ is c, m.__func__ is f, isinstance(m, types.MethodType))
try:
    types.MethodType(1, c)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(C.__dict__, types.MappingProxyType))
# Assigning a function's __dict__, __defaults__ and __kwdefaults__.
def h(a, b=1, *, c=2): return a, b, c
h.__dict__ = {"x": 1}
print(h.x)
h.__kwdefaults__ = {"c": 5}
print(h(0))
h.__defaults__ = None
try: h()
except TypeError as e: print(e)
try: h.__defaults__ = 1
except TypeError as e: print(e)
try: h.__kwdefaults__ = 1
except TypeError as e: print(e)
try: h.__dict__ = 1
except TypeError as e: print(e)
h.__kwdefaults__ = None
print(h.__kwdefaults__)
try: h(1)
except TypeError as e: print(e)
