# A class's __dict__ is a read-only mappingproxy listing names in
# definition order.
class C:
    zeta = 1
    alpha = 2
    def method(self):
        pass
    mid = 3

ns = C.__dict__
print(type(ns).__name__)
print([k for k in ns if not k.startswith("__")])
print([k for k in vars(C) if not k.startswith("__")])
print([k for k, v in ns.items() if not k.startswith("__")])
print("zeta" in ns, "nope" in ns, 1 in ns, ns["alpha"], ns.get("nope", "default"))
print(list(dict(ns))[0], ns["__module__"])
try:
    ns["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    ns["nope"]
except KeyError as e:
    print("KeyError:", e)

class D(C):
    b = 1
    a = 2
print([k for k in D.__dict__ if not k.startswith("__")])
