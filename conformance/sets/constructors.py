# set() and frozenset() from iterables.
print(set([3, 1, 3]), set("aa"), set((1, 2)), set({1: 2, 3: 4}), set(range(5)))
print(frozenset([1, 1]), frozenset(), frozenset(x for x in [4, 4, 2]))
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) == f, type(set(f)).__name__)
def gen():
    yield 1
    yield 2
print(set(gen()), set({1: 2}.items()))
for bad in [lambda: set(1), lambda: set([1], [2]), lambda: set(x=1), lambda: frozenset(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(set(), set), isinstance(frozenset(), frozenset), isinstance(set(), frozenset), type({1}) is set)
print({1}.__class__, frozenset().__class__.__name__)
