def g():
    yield 1
    r = yield from h()
    return r
