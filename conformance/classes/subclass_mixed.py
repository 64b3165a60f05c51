# Builtin subclasses combined with mixins, enums and namedtuples; dict's
# own methods do not call an overridden __setitem__; builtin bases with
# different layouts conflict, and bool cannot be subclassed.
class S(str): pass
class I(int): pass
class L(list):
    def __init__(self, *a):
        super().__init__()
        self.extend(a)
print(L(1, 2, 3), sum([I(1), I(2)]), max([I(1), I(5)]), sorted([S("b"), S("a")]))
print("%s" % S("x"), int(S("3")), I(1) + I(2), [I(2)] * 2)

class Sized:
    def describe(self):
        return "%s of %d" % (type(self).__name__, len(self))
class ML(Sized, list): pass
m = ML([1, 2])
print(m.describe(), m, [c.__name__ for c in type(m).__mro__], isinstance(m, Sized), isinstance(m, list))

from enum import IntEnum, Enum
class Color(IntEnum):
    RED = 1
    GREEN = 2
print(Color.RED, Color.RED + 1, Color(2), Color.RED == 1, isinstance(Color.RED, int), sorted([Color.GREEN, Color.RED]))
class Mood(str, Enum):
    HAPPY = "h"
print(Mood.HAPPY.value, Mood.HAPPY == "h")

import collections
P = collections.namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p + (3,), p._replace(x=5), isinstance(p, tuple), len(p), list(p))

class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
o = Loud()
o["a"] = 1
o.update(b=2)
o.setdefault("c", 3)
print(o, len(o), list(o), o.items())

class Strs(list):
    def __repr__(self):
        return "Strs(" + super().__repr__() + ")"
print(Strs("ab"), str(Strs()), [Strs("c")])
for bases in [(int, str), (list, dict), (L, tuple)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
class Both(I, int): pass
print(Both(4) * 2, [c.__name__ for c in Both.__mro__])
