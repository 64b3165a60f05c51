# sys.get_asyncgen_hooks / set_asyncgen_hooks outside any loop.
import sys

h = sys.get_asyncgen_hooks()
print(h)
print(h.firstiter, h.finalizer, h[0], h[1], h[-1], len(h))
print(h == (None, None), tuple(h), list(h))
print(type(h).__name__)


def first(agen):
    pass


def fin(agen):
    pass


print(sys.set_asyncgen_hooks(first))
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer)
sys.set_asyncgen_hooks(finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin)
a, b = h
print(a is first, b is fin)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)

for args, kwargs in [((1,), {}), ((None, 2), {}), ((3, 4), {}), ((), {"firstiter": 5}),
                     ((), {"foo": first}), ((None, None, None), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
# A failed call changes nothing.
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
try:
    h.firstiter = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    h[2]
except IndexError as e:
    print("IndexError:", e)

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(first, first)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
