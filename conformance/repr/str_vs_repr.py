# str() versus repr() for values inside and outside containers.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "B-repr"
    def __str__(self):
        return "B-str"
for v in ["text", 1.0, R(), Both(), b"b", None]:
    print(str(v), repr(v), [v], (v,), "%s|%r" % (v, v), f"{v}|{v!r}", "{}|{!r}".format(v, v))
print(str(S())[:5], [S()] != [], repr(S()).startswith("<__main__.S object at 0x"))
print(str(ValueError("x")), repr(ValueError("x")), repr(ValueError()), repr(ValueError(1, "a")), str(KeyError("k")), repr(KeyError("k")))
