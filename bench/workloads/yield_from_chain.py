# A value sent through a three-level yield from chain, as an await chain does.


def leaf():
    while True:
        yield


def middle():
    yield from leaf()


def top():
    yield from middle()


def run(n):
    g = top()
    next(g)
    i = 0
    while i < n:
        g.send(i)
        i += 1
