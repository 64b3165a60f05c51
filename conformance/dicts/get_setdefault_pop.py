# get, setdefault, pop, popitem.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d)
d["c"].append(1)
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop((1, 2))
except KeyError as e:
    print("KeyError:", repr(e), e.args)
d = {1: 1, 2: 2, 3: 3}
print(d.popitem(), d.popitem(), d)
d[9] = 9
print(d.popitem(), d.popitem())
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
for bad in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.pop(), lambda: d.setdefault(),
            lambda: d.popitem(1), lambda: d.keys(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
