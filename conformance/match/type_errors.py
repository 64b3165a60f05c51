# Run-time errors of class and mapping patterns.
class P:
    pass
class Q:
    __match_args__ = ["a"]
class S:
    __match_args__ = ("a",)
    a = 1
class R:
    __match_args__ = (1,)
class T:
    __match_args__ = ("x", "y", "z")

def attempt(subject, src):
    try:
        exec("match subject:\n" + src, {"subject": subject, "P": P, "Q": Q, "S": S, "R": R, "T": T, "f": len})
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(P(), " case P(1): print('x')")
attempt(1, " case P(1): print('x')")
attempt(1, " case int(1, 2): pass")
attempt(1, " case f(): pass")
attempt(1, " case f.__class__(): pass")
attempt(Q(), " case Q(1): pass")
attempt(S(), " case S(1, 2): pass")
attempt(S(), " case S(1, a=1): pass")
attempt(R(), " case R(1): pass")
attempt(T(), " case T(1, 2, 3, 4): pass")
attempt(T(), " case T(1, 2): pass\n case _: print('T failed quietly')")
attempt("s", " case str(1, 2): pass")
attempt(True, " case bool(1, 2, 3): pass")

class K:
    A = "a"
    B = "a"
attempt({"a": 1}, " case {K.A: 1, K.B: 2}: pass")
attempt({"a": 1}, " case {'a': 1, K.B: 2}: pass")

class BadGet(dict):
    def get(self, key, default=None):
        raise KeyError("boom")
attempt(BadGet(a=1), " case {'a': 1}: pass")

class BadLen(list):
    def __len__(self):
        raise RuntimeError("no len")
attempt(BadLen([1]), " case [1]: pass")
attempt(BadLen([1]), " case list(): print('class pattern needs no len')")

class BadAttr:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise ValueError("bad attribute")
attempt(BadAttr(), " case BadAttr(1): pass".replace("BadAttr", "P") if False else " case P(): print('plain')")
try:
    match BadAttr():
        case BadAttr(1):
            pass
except ValueError as e:
    print("ValueError:", e)
