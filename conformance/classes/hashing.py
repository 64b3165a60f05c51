# __eq__ without __hash__ makes instances unhashable; __hash__ is used by
# hash(); classes that define neither hash by identity.
class E:
    def __eq__(self, o):
        return True

class H:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)

class Plain:
    pass

try:
    hash(E())
except TypeError as e:
    print(e)
print(E.__hash__)
print(hash(H(5)) == hash(5), hash(H("a")) == hash(H("a")))
p = Plain()
print(hash(p) == hash(p), isinstance(hash(p), int))

class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
