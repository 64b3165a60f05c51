# enum.Flag and IntFlag: composites named in definition order, iteration,
# inversion, invalid values.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    X = 1
    R = 4
    W = 2
    S = 8
    T = 16
    U = 32
    V = 64
    G = 128
    H = 256
    K = 512


print(repr(Perm.R | Perm.X), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)))
print(list(Perm), list(Perm.R | Perm.W | Perm.X), Perm.R in (Perm.R | Perm.W), bool(Perm(0)))
print(repr(~Perm.R), Perm(7), len(Perm), Perm.R & Perm.W, (Perm.R | Perm.W) & Perm.W)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CYAN = auto()
    PINK = auto()
    GOLD = auto()
    GREY = auto()
    TEAL = auto()
    NAVY = auto()
    RG = RED | GREEN


print(list(Color), Color.RG, repr(Color.RED | Color.GREEN), [m.value for m in Color], repr(Color(7)))
print(list(Color.__members__))


class Mode(IntFlag):
    R = 4
    W = 2


print(Mode.R | Mode.W, repr(Mode.R | Mode.W), Mode.R | 8, repr(Mode(8)), Mode.R + 1, str(Mode.R), format(Mode.W))
try:
    Perm(1024)
except ValueError as e:
    print(e)
