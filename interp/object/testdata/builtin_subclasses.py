# Subclasses of builtin types behave as their base type where they do
# not override it (each assertion holds on python3 too).
class L(list):
    pass

l = L([1, 2])
l.append(3)
assert l == [1, 2, 3] and [1, 2, 3] == l
assert type(l) is L and isinstance(l, list)
assert len(l) == 3 and l[0] == 1 and l[1:] == [2, 3] and type(l[1:]) is list
assert l + [4] == [1, 2, 3, 4] and [0] + l == [0, 1, 2, 3]
assert repr(l) == "[1, 2, 3]" and str(l) == "[1, 2, 3]"
assert sorted(L([3, 1, 2])) == [1, 2, 3] and 2 in l and l < [1, 2, 4]
same = l
l += [4]
assert same is l and type(l) is L and l == [1, 2, 3, 4]
l *= 2
assert same is l and len(l) == 8

class Logged(list):
    def append(self, x):
        super().append(x * 10)
    def __repr__(self):
        return "Logged" + super().__repr__()

g = Logged()
g.append(1)
g.note = "n"
assert g == [10] and repr(g) == "Logged[10]" and str(g) == "Logged[10]" and g.__dict__ == {"note": "n"}
try:
    hash(L())
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'L'"

class I(int):
    pass

i = I(3)
assert i + 1 == 4 and type(i + 1) is int and type(-i) is int and 1 + i == 4
assert f"{i:>4}" == "   3" and str(i) == "3" and repr(i) == "3" and "%d" % i == "3"
assert i == 3 and hash(i) == hash(3) and int(i) == 3 and type(int(i)) is int
assert I("ff", 16) == 255 and I() == 0

class Small(int):
    def __repr__(self):
        return "Small"

assert str(Small(1)) == "Small" and format(Small(1)) == "Small" and f"{Small(1):2}" == " 1"

class S(str):
    def shout(self):
        return self.upper() + "!"

s = S("ab")
assert s.upper() == "AB" and type(s.upper()) is str and s.shout() == "AB!"
assert s + "c" == "abc" and "c" + s == "cab" and str(s) == "ab" and type(str(s)) is str
assert repr(s) == "'ab'" and len(s) == 2 and s[1] == "b"

class Tagged(str):
    def __repr__(self):
        return "T"

assert str(Tagged("x")) == "x" and repr(Tagged("x")) == "T" and [Tagged("x")].__repr__() == "[T]"

class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

p = P(1, 2)
assert p == (1, 2) and type(p) is P and p[1] == 2 and repr(p) == "(1, 2)"
assert "%s-%s" % p == "1-2"

class F(float):
    pass

assert F(1.5) + 1 == 2.5 and type(F(1.5) + 1) is float and round(F(2.675), 2) == 2.67
assert "%.1f" % F(2.25) == "2.2" and f"{F(0.5):.2f}" == "0.50"

class D(dict):
    def __missing__(self, key):
        return key * 2

d = D(a=1)
assert d["a"] == 1 and d["zz"] == "zzzz" and d.get("zz") is None and "zz" not in d
assert repr(d) == "{'a': 1}" and isinstance(d, dict)

class St(set):
    pass

st = St([1, 2])
st.add(3)
assert st == {1, 2, 3} and 3 in st and len(st) == 3
print("ok")
