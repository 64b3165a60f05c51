# enum and dataclasses (fields through an explicit __annotations__ dict).
from enum import Enum, IntEnum, Flag, IntFlag
from dataclasses import dataclass, field, asdict, FrozenInstanceError


class Color(Enum):
    RED = 1
    GREEN = 2


assert repr(Color.RED) == '<Color.RED: 1>' and str(Color.GREEN) == 'Color.GREEN'
assert Color(2) is Color.GREEN and Color['RED'] is Color.RED
try:
    Color(3)
except ValueError as e:
    assert str(e) == '3 is not a valid Color'
else:
    raise AssertionError('no error')


class N(IntEnum):
    ONE = 1


assert N.ONE == 1 and str(N.ONE) == '1'


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
assert rw.value == 6 and Perm.R in rw and Perm.X not in rw and not Perm(0) and rw & Perm.W is Perm.W
assert (~Perm.R).value == 3 and len(Perm) == 3
try:
    Perm(8)
except ValueError as e:
    assert str(e).startswith("<flag 'Perm'> invalid value 8"), str(e)
else:
    raise AssertionError('no error')


class Mode(IntFlag):
    A = 1
    B = 2


assert Mode.A | 8 == 9 and str(Mode.B) == '2' and Mode.A + 1 == 2 and repr(Mode(8)) == '<Mode: 8>'


@dataclass(frozen=True)
class Pt:
    __annotations__ = {'x': int, 'y': list}
    y = field(default_factory=list)


p = Pt(1)
assert repr(p) == 'Pt(x=1, y=[])' and p == Pt(1, []) and asdict(p) == {'x': 1, 'y': []}
try:
    p.x = 2
except FrozenInstanceError as e:
    assert str(e) == "cannot assign to field 'x'"
else:
    raise AssertionError('no error')
print('ok')
