# obj.__dict__ holds instance attributes and can be edited or replaced;
# obj.__class__ is the class; vars() reads __dict__.
class P:
    kind = "p"
    def __init__(self):
        self.a = 1

p = P()
print(p.__dict__, vars(p), p.__class__ is P, p.__class__.__name__, type(p) is P)
p.__dict__["b"] = 2
print(p.b, sorted(p.__dict__))
p.__dict__ = {"z": 26}
print(p.z, hasattr(p, "a"), p.kind)
del p.z
print(p.__dict__)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print("kind" in P.__dict__, "a" in P.__dict__, P.__dict__["kind"])
print(p.__class__.__class__ is type, type(P) is type, type(type) is type)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(P.__dict__["kind"], vars(p) == p.__dict__)
