# An instance's __dict__ is the live attribute dictionary, in assignment
# order; a big int's type is int.
class P:
    pass

p = P()
p.b = 1
p.a = 2
p.__dict__["c"] = 3
assert p.c == 3
assert list(vars(p)) == ["b", "a", "c"]
del p.b
p.b = 4
assert list(p.__dict__) == ["a", "c", "b"]
d = {"y": 1}
p.__dict__ = d
d["z"] = 2
assert p.z == 2 and p.__dict__ is d
del p.y
assert d == {"z": 2}
try:
    p.__dict__ = []
except TypeError as e:
    assert str(e) == "__dict__ must be set to a dictionary, not a 'list'", e
else:
    raise AssertionError("__dict__ took a list")
try:
    del p.y
except AttributeError as e:
    assert str(e) == "'P' object has no attribute 'y'", e
else:
    raise AssertionError("deleted a missing attribute")

assert type(2**70) is int
assert (2**70).__class__ is int
print("ok")
