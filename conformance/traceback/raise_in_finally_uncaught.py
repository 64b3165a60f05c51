# An exception raised in finally replaces the one in flight; both are shown.
def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


f()
