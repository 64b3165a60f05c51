# Code that reads class __annotations__ in order, as dataclasses do.
def fields(cls):
    out = []
    for klass in reversed(cls.__mro__):
        for name, typ in klass.__dict__.get("__annotations__", {}).items():
            out.append((klass.__name__, name, typ))
    return out


def record(cls):
    names = list(cls.__annotations__)

    def __init__(self, *args):
        for n, v in zip(names, args):
            setattr(self, n, v)
        for n in names[len(args):]:
            setattr(self, n, getattr(cls, n))

    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls


@record
class Item:
    name: str
    price: float = 0.0
    qty: int = 1


class Base:
    id: int


class Derived(Base):
    label: str


print(Item("pen"), Item("book", 12.5, 3))
print(fields(Derived))


class WithExisting:
    __annotations__ = {"pre": int}
    after: str


print(WithExisting.__annotations__)
