# dataclasses in the usual form: annotated class bodies.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


print(Item('pen'), Item('book', 9.5, ['paper']))
print(Item.__annotations__)
