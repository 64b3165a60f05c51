# Value patterns: dotted names compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    class Shade:
        DARK = 0

class NS:
    pass
ns = NS()
ns.limit = 10

def which(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case Color.Shade.DARK:
            return "dark"
        case ns.limit:
            return "at the limit"
        case _:
            return "unknown"

for c in ["red", "green", 0, 10, 11, False]:
    print(repr(c), which(c))

class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("Eq.__eq__", self.tag, other if isinstance(other, int) else type(other).__name__)
        return True

class K:
    V = Eq("value")

match Eq("subject"):
    case K.V:
        print("matched via __eq__")

match 3:
    case K.V:
        print("reflected __eq__")

# The value is looked up each time the case is tried.
class Box:
    X = 1
for i in range(3):
    Box.X = i
    match 1:
        case Box.X:
            print("Box.X is 1 at", i)
        case _:
            print("Box.X is", Box.X)
