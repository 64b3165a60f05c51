# The with statement calls __enter__ and __exit__, which may suppress exceptions.
class Ctx:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name + "-value"

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, list(exc.args) if exc else None)
        return self.suppress


with Ctx("a", False) as v:
    print("body", v)

with Ctx("b", True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Ctx("c", False):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", list(e.args))

with Ctx("outer", False) as o, Ctx("inner", False) as i:
    print("both", o, i)
