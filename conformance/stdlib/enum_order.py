# enum: everything that depends on the class body's definition order
# (iteration, auto values, which of two equal values is the alias).
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CYAN = 4
    MAGENTA = 5
    YELLOW = 6
    BLACK = 7
    WHITE = 8


print(list(Color))
print(list(Color.__members__))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    TRIANGLE = 4
    HEXAGON = 6
    OCTAGON = 8
    STAR = 5


print(list(Shape), Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape.__members__))


class A(Enum):
    P = auto()
    Q = auto()
    R = 10
    S = auto()
    T = auto()
    U = 20
    V = auto()
    W = auto()


print(list(A), A.Q.value, A.S.value, A.W.value)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        FIVE = 5
        SIX = 6
        SEVEN = 7
        EIGHT = 1
except ValueError as e:
    print('ValueError:', e)


class Level(Enum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    CRITICAL = 50
    FATAL = 50
    NOTSET = 0
    TRACE = 5


print([lv.name for lv in Level])
