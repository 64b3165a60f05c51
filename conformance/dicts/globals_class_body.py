# A class body's namespace keeps the order its names were assigned in,
# also for a name read before it is assigned and for a deleted one.
class C:
    y = len([])
    len = 5

    def f(self):
        pass

    del f
    f = 1
    exec_like = [n for n in ("a", "b")]


print([k for k in C.__dict__ if not k.startswith("__")])


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print([k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)


class D(metaclass=Meta):
    b = a = 1
    z = b + a
    del b
    b = 2
