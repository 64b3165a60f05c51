# with calls __enter__ and __exit__; a true __exit__ result swallows the
# exception.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name + "!"
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

with CM("a") as x:
    print("body", x)
with CM("b", swallow=True):
    raise ValueError("oops")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with CM("d") as d, CM("e") as e:
    print(d, e)
