# Mapping patterns: keys looked up with get(), extra keys allowed, **rest
# collects the others in order.
def mp(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}:
            return f"point {x0},{y0}"
        case {"type": "circle", **rest}:
            return f"circle {rest}"
        case {1: one, None: n, "t": t}:
            return f"odd keys {one} {n} {t}"
        case {}:
            return f"some mapping of {len(x)}"
        case _:
            return "not a mapping"

print(mp({"type": "point", "x": 1, "y": 2, "z": 3}))
print(mp({"y": 2, "type": "point", "x": 1}))
print(mp({"type": "circle", "r": 5, "c": (0, 0)}))
print(mp({"type": "circle"}))
print(mp({1: "a", None: "b", "t": "c"}))
print(mp({True: "a", None: "b", "t": "c"}))
print(mp({}))
print(mp({"x": 1}))
print(mp([("type", "point")]))
print(mp("type"))

# __missing__ plays no part: get() is used.
class D(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
match D(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": 1, **r}:
        print("D rest", r, type(r).__name__)

# A user-defined get is called.
class G(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return dict.get(self, key, default)
match G(a=1, b=2):
    case {"a": 1, "b": 2}:
        print("G matched")

# rest is a fresh dict
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": 2, **others}:
        others["z"] = 9
        print(others, d)

# Value-pattern keys.
class K:
    A = "a"
match {"a": 10}:
    case {K.A: v}:
        print("value key", v)
