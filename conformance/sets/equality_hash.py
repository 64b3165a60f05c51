# set/frozenset equality, hash, sets of sets.
print({1, 2} == frozenset([2, 1]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({frozenset({1}): "a"}[frozenset([1])], frozenset({1}) in {frozenset({1}), 2})
print({1, 2} in {frozenset({1, 2})})
s = {frozenset({1, 2})}
s.discard({1, 2})
print(s)
s = {frozenset({3})}
s.remove({3})
print(s)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.add({})
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset()), hash(frozenset({0})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
