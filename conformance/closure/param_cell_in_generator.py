# A generator whose parameter is captured by a closure it yields.
def makers(base, *extra):
    for e in extra:
        yield lambda x: base + e + x


print([f(1) for f in makers(100, 10, 20)])


def scaled(factor):
    def apply(v):
        return v * factor
    for v in range(3):
        yield apply(v)
    factor = -1
    yield apply(5)


print(list(scaled(3)))
