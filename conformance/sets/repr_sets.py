# repr and str of sets.
print(repr({1, 2}), str({3}), repr(set()), repr(frozenset()), repr(frozenset({1, 2})))
print({(1, "a")}, [{1}, frozenset({2})], {1: {2}}, {frozenset({frozenset({1})})})
print("%s|%r" % ({1}, frozenset({2})), "{}".format({3}), f"{ {4} }")
class R:
    def __repr__(self):
        return "R!"
    def __hash__(self):
        return 1
print({R()})
