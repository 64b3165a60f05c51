# __call__, __repr__, __str__ and __format__, and object's defaults.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
    def __repr__(self):
        return "Adder(%d)" % self.n

class S:
    def __str__(self):
        return "str of S"

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"

add = Adder(10)
print(add(1), add(1, y=2), repr(add), str(add), [add], "%s" % add)
print(str(S()), f"{S()}", repr(S()).startswith("<__main__.S object at 0x"))
print(f"{F():abc}", format(F(), "x"), "{}".format(F()) if hasattr(str, "format") else "F<>")
try:
    Adder(1)()
except TypeError as e:
    print(e)
try:
    S()()
except TypeError as e:
    print(e)
try:
    format(S(), "10")
except TypeError as e:
    print(e)

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
