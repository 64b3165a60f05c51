# repr of nested and recursive dicts.
d = {"a": {"b": {"c": [1, {2: (3,)}]}}}
print(d, repr(d), str(d))
d = {1: 2}
d[2] = d
print(d)
l = [d]
d[3] = l
print(d, l)
print({"q": "it's", 'x"y': b"\x00"}, {1: None, 2: True, 3: 1.5, 4: -0.0})
print({(): [], frozenset(): set()}, {1: frozenset({1, 2})})
print(repr({}.keys()), {1: {1: 2}}.items())
class R:
    def __repr__(self):
        return "<R>"
print({R(): R()})
print("%s %r" % ({1: 2}, {"a": 1}), "{}".format({1: [2]}), f"{ {1: 2} }")
