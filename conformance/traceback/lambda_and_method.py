# Uncaught exception through a method and a lambda.
class Box:
    def __init__(self, items):
        self.items = items

    def apply(self, f):
        return [f(v) for v in self.items]


b = Box([4, 2, 0])
print(b.apply(lambda v: v * 2))
print(b.apply(lambda v: 8 // v))
