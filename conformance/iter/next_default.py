# next() with and without a default on exhausted iterators.
it = iter([1, 2])
print(next(it))
print(next(it, "default"))
print(next(it, "default"))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", list(e.args))

try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)


def g():
    yield "only"


gen = g()
print(next(gen, "d1"))
print(next(gen, "d2"))
print(next(gen, "d3"))
