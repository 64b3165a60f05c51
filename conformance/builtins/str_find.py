# find, rfind, index, rindex and count with start and end.
s = "abracadabra"
for sub in ["a", "bra", "", "z", "abracadabra!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for args in [(1,), (1, 4), (-4,), (-4, -1), (20,), (3, 2), (None, 5), (0, 100), (-100, 3)]:
    print(args, s.find("a", *args), s.rfind("a", *args), s.count("a", *args), s.find("", *args), s.count("", *args))
print("ü€ab€".find("€"), "ü€ab€".rfind("€"), "ü€ab€".index("b", 2))
print("aaaa".count("aa"), "".count(""), "".find(""), "abc".find("", 3), "abc".find("", 4))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 20), lambda: s.find(),
          lambda: s.find(1), lambda: s.count(1), lambda: s.find("a", 1.5), lambda: s.find("a", 1, 2, 3),
          lambda: s.find(sub="a")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
