# KeyError carries the key itself.
d = {}
for key in ["x", 1, (1, 2), None, (), 2.5, frozenset({1})]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), e.args, str(e))
try:
    del d["gone"]
except KeyError as e:
    print("del:", repr(e))

class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["bb"], len(m))
for k in [[], {}]:
    try:
        {}.pop(k)
    except KeyError as e:
        print("KeyError:", e)
    print({}.pop(k, "default"))
