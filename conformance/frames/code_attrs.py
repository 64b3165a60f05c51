# Code object attributes as functions and frames expose them.
import sys


def f(a, b, /, c, *args, d, e=1, **kw):
    local = a
    return sys._getframe().f_code


co = f(1, 2, 3, d=4)
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_firstlineno, co.co_filename.endswith("code_attrs.py"))
print(co is f.__code__)
print("sys" in co.co_names, "_getframe" in co.co_names)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))


def g():
    yield 1


print(bool(g.__code__.co_flags & 0x20), g.__code__.co_argcount)
print(None in f.__code__.co_consts or True)
lam = lambda x: x
print(lam.__code__.co_name, lam.__code__.co_varnames)
