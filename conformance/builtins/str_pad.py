# center, ljust, rjust and zfill.
for w in [0, 3, 6, 7, 8]:
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w)))
print(repr("é".center(5, "ü")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
for f in [lambda: "x".center(), lambda: "x".center(1, 2, 3), lambda: "x".center(1, "ab"), lambda: "x".center("a"),
          lambda: "x".ljust(2, ""), lambda: "x".zfill(), lambda: "x".zfill(1.5), lambda: "x".rjust(3, 5)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
