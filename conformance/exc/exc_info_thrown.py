# sys.exc_info() inside a generator's handler for an exception thrown in with throw().
import sys


def g():
    while True:
        try:
            yield
        except Exception:
            t, v, tb = sys.exc_info()
            print("handling", t.__name__, list(v.args), tb is not None)
        print("after handler:", sys.exc_info()[0])


it = g()
next(it)
it.throw(ValueError("first"))
it.throw(KeyError, "second")
it.close()
