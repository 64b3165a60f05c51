# enum: members cannot be reassigned or deleted.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.GREEN
except AttributeError as e:
    print('AttributeError:', e)
print(Color.RED.value, Color.GREEN.value)
