# union, intersection, difference, symmetric_difference with any iterables.
a = {1, 2, 3, 4}
print(a.union([5, 6], (7,), range(8, 10)), a.union())
print(a.intersection([2, 3, 9]), a.intersection({3, 4}, [4]), a.intersection())
print(a.difference([1]), a.difference({1}, {2}), a.difference())
print(a.symmetric_difference([3, 4, 5, 6]), a.symmetric_difference({1}))
f = frozenset([1, 2, 3])
print(f.union({10}), f.intersection([1]), f.difference([1]), f.symmetric_difference([9]))
print(type(f.union()).__name__, type(a.union(f)).__name__)
print(a.issubset(range(10)), a.issubset([1]), a.issuperset([1, 2]), a.issuperset({0}))
print(a.isdisjoint([7, 8]), a.isdisjoint((4,)), a.isdisjoint(set()))
try:
    a.union(1)
except TypeError as e:
    print("TypeError:", e)
try:
    a.issubset(5)
except TypeError as e:
    print("TypeError:", e)
