# A with block inside a generator exits when the generator is closed or finishes.
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)
        return False


def reader(name):
    with Res(name):
        yield 1
        yield 2


print(list(reader("full")))
g = reader("partial")
print(next(g))
g.close()
print("closed partial")
g = reader("thrown")
next(g)
try:
    g.throw(ValueError("x"))
except ValueError:
    print("ValueError passed through with")
