# An unpacking error nobody catches: traceback lines as CPython's.
def f(*a, **k):
    return a, k
def call(m):
    return f(
        1,
        *[2],
        **{},
        **m,
    )
print(call({'a': 1}))
call(None)
