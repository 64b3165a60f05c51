# In-place operators and update methods.
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(s, s is t)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
s = {1, 2, 3}
s.update([4], (5,))
s.intersection_update(range(2, 10), [2, 3, 4, 5, 6])
s.difference_update([5], {6})
s.symmetric_difference_update([3, 10])
print(s)
try:
    s |= [1]
except TypeError as e:
    print("TypeError:", e)
s = {1, 2}
s -= s
print(s)
s = {1, 2}
s ^= s
print(s)
