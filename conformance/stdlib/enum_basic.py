# enum.Enum: members, lookup by value and name, iteration order, repr/str.
from enum import Enum, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'])
print(sorted(Color, key=lambda c: c.value), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED in Color)
print(sorted(Color.__members__), f'{Color.BLUE}', '%s' % Color.GREEN)
print({c: c.value for c in Color}[Color.GREEN], hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    def describe(self):
        return '%s has radius %s' % (self.name, self.radius)


print(Planet.EARTH.describe(), Planet.EARTH.value, Planet.MERCURY.mass)


class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'

    @classmethod
    def default(cls):
        return cls.HAPPY

    def flip(self):
        return Mood.SAD if self is Mood.HAPPY else Mood.HAPPY


print(Mood.default(), Mood.HAPPY.flip(), Mood('sad'))
