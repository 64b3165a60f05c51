# reversed() over an Enum class goes through the metaclass's __reversed__.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print([c.name for c in reversed(Color)])
print(list(reversed(Color)))
