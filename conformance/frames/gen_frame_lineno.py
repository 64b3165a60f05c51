# gi_frame.f_lineno follows a suspended generator; f_back is None while suspended.
import sys


def gen():
    yield 1
    x = 2
    yield x
    yield sys._getframe().f_back.f_code.co_name


g = gen()
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
print(g.gi_frame.f_back)


def driver():
    return next(g)


print(driver())
print(g.gi_frame.f_back)
for _ in g:
    pass
print(g.gi_frame)
