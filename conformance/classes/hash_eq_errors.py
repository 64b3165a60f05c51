# __hash__ and __eq__ that raise propagate out of hash(), dict and set
# operations; __eq__ without __hash__ makes a class unhashable, and a
# subclass that defines __hash__ becomes hashable again.
class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash for you")

for action in ["hash(BadHash())", "{BadHash(): 1}", "{BadHash()}", "BadHash() in {}"]:
    try:
        eval(action)
    except RuntimeError as e:
        print("RuntimeError:", e)

class BadEq:
    def __eq__(self, o):
        raise ValueError("cannot compare")
    __hash__ = object.__hash__

try:
    BadEq() == 1
except ValueError as e:
    print("ValueError:", e)
try:
    [BadEq()].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    1 in [BadEq()]
except ValueError as e:
    print("ValueError:", e)

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Rehashed(EqOnly):
    def __hash__(self):
        return 42
print(hash(Rehashed()))

class NotInt:
    def __hash__(self):
        return "x"
try:
    hash(NotInt())
except TypeError as e:
    print("TypeError:", e)

class Big:
    def __hash__(self):
        return True
print(hash(Big()))
class Parent:
    def __hash__(self):
        return 7
class ChildEq(Parent):
    def __eq__(self, o):
        return False
try:
    hash(ChildEq())
except TypeError as e:
    print("TypeError:", e)
