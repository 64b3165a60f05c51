# sys._getframe: depth, f_back chain, f_code, f_lineno while running.
import sys


def callee():
    me = sys._getframe()
    caller = sys._getframe(1)
    print(me.f_code.co_name, me.f_lineno)
    print(caller.f_code.co_name, caller.f_lineno)
    print(me.f_back is caller)
    names = []
    f = me
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)


def caller():
    callee()


caller()
top = sys._getframe()
print(top.f_back, top.f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
