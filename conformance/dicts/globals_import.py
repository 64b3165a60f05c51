# vars(module) of an imported module, names set on it from outside, and
# from-import-* in the module's order.
import globals_mod


def user(names):
    return [n for n in names if not n.startswith("__")]


print(user(vars(globals_mod)))
print(user(vars(globals_mod).keys()) == user(vars(globals_mod)))
print(list(vars(globals_mod).values())[-4:])
globals_mod.added_b = 1
globals_mod.added_a = 2
print(user(vars(globals_mod))[-2:])
from globals_mod import *
print(user(globals()))
