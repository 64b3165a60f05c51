# enum: IntEnum, auto, the functional API, _missing_.
from enum import Enum, IntEnum, auto


class N(IntEnum):
    ONE = 1
    TWO = 2


print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, N(2), N.ONE < N.TWO, int(N.TWO))
print(f'{N.ONE}', sorted([N.TWO, N.ONE]), isinstance(N.ONE, int), [1, 2, 3][N.ONE])


S = Enum('S', 'a b c')
print(list(S), S.b.value, S(3))
T = Enum('T', [('P', 5), ('Q', 6)])
print(list(T), T.Q.value)


class Lenient(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if value == 0:
            return cls.A
        return None


print(Lenient(0), Lenient(2))
try:
    Lenient(9)
except ValueError as e:
    print('ValueError:', e)

try:
    class More(N):
        THREE = 3
except TypeError as e:
    print('TypeError:', e)
