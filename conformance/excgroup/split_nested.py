# split() keeps the nesting of the group and leaves out empty branches.

eg = ExceptionGroup(
    "l0",
    [
        ValueError("a"),
        ExceptionGroup("l1a", [TypeError("b"), ExceptionGroup("l2", [ValueError("c"), KeyError("d")])]),
        ExceptionGroup("l1b", [TypeError("e")]),
    ],
)
for cond in (ValueError, TypeError, KeyError, (ValueError, KeyError), OSError):
    m, r = eg.split(cond)
    print(getattr(cond, "__name__", cond), "->", repr(m))
    print("   rest:", repr(r))
inner = eg.exceptions[1]
m = eg.subgroup(lambda e: e is inner)
print(repr(m), m.exceptions[0] is inner)
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "l2")
print(repr(m))
print(repr(r))
print(m.exceptions[0].exceptions[0] is inner.exceptions[1])
