# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-d".translate(t))
t = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t))
t = str.maketrans({"a": "1", "b": None, ord("c"): 99, "d": "long"})
print(sorted(t.items()))
print("abcd".translate(t))
print("abc".translate({97: "A"}), "abc".translate([]), "héllo".translate({ord("é"): "e"}))
for f in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans("a", "b", 1),
          lambda: str.maketrans({"ab": 1}), lambda: "x".translate(1), lambda: "x".translate({120: 1.5}),
          lambda: "x".translate({120: -1})]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
