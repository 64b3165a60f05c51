# Subclasses of str: methods return plain str, str() gives the exact
# text, formatting and concatenation work as for str, and __new__ can
# normalize (hashing: subclass_hash.py).
class S(str):
    def shout(self):
        return self.upper() + "!"

s = S("abc")
print(s, repr(s), type(s).__name__, s.upper(), type(s.upper()).__name__, s.shout())
print(s + "d", "z" + s, type(s + "d").__name__, s * 2, s[1], s[::-1], len(s), "b" in s)
print(s == "abc", "abc" == s, s < "abd", str(s), type(str(s)).__name__)
print(f"[{s}]", f"[{s:>5}]", "%s|%r" % (s, s), "{}".format(s), s.split("b"), s.replace("a", "A"))
print(s.startswith("ab"), s.find("c"), s.strip("a"), isinstance(s, str), list(s))
print(sorted([S("b"), S("a")]), "-".join(["x", "y"]))
for ch in s:
    print("ch", ch)

class Lower(str):
    def __new__(cls, text):
        return super().__new__(cls, text.lower())

w = Lower("HeLLo")
print(w, w == "hello", type(w).__name__)

class Tagged(str):
    def __repr__(self):
        return "Tagged(" + str.__repr__(self) + ")"

t = Tagged("x")
print(t, str(t), repr(t), [t], f"{t}", f"{t!r}")
print(int(S("42")) + 1, float(S("1.5")))
