# sys.set_asyncgen_hooks / get_asyncgen_hooks, and import of dotted module
# names (pkgdemo and pkgdemo.sub are registered by the Go test; for CPython
# they are a package directory whose sub.py sets value = 42).
import sys

results = []
h = sys.get_asyncgen_hooks()
results.append(repr(h))
results.append(repr((h.firstiter, h.finalizer, h[0], h[-1], len(h), h == (None, None))))


def first(agen):
    pass


sys.set_asyncgen_hooks(first)
h = sys.get_asyncgen_hooks()
results.append(repr((h.firstiter is first, h.finalizer)))
sys.set_asyncgen_hooks(finalizer=first)
a, b = sys.get_asyncgen_hooks()
results.append(repr((a is first, b is first)))
for args in [(1,), (None, 2), (None, None, None)]:
    try:
        sys.set_asyncgen_hooks(*args)
    except TypeError as e:
        results.append("TypeError: " + str(e))
try:
    sys.set_asyncgen_hooks(finalizer=None, bad=None)
except TypeError as e:
    results.append("TypeError: " + str(e))
results.append(repr(sys.get_asyncgen_hooks().firstiter is first))
sys.set_asyncgen_hooks(None, None)
results.append(repr(sys.get_asyncgen_hooks()))

import pkgdemo.sub
results.append(repr((pkgdemo.__name__, pkgdemo.sub.__name__, pkgdemo.sub.value)))
import pkgdemo.sub as s
results.append(repr((s is pkgdemo.sub, s.value)))
results.append(repr(__import__("pkgdemo.sub").__name__))
results.append(repr(__import__("pkgdemo.sub", fromlist=["value"]).__name__))
