# strip, lstrip, rstrip, replace and expandtabs.
s = " \t xxhixx \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" \txn")), repr("xxhixx".strip("x")), repr("abc".strip("")), repr(" a ".strip(None)))
print(repr("\x1c\x1f a \x85\xa0".strip()), repr("ééaé".lstrip("é")))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", -1), "aaa".replace("a", "b", 0))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "ab".replace("ab", ""))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)), repr("a\r\tb".expandtabs(3)))
for f in [lambda: "x".strip(1), lambda: "x".lstrip("a", "b"), lambda: "x".replace(1, 2), lambda: "x".replace("a"),
          lambda: "x".replace("a", 1), lambda: "x".expandtabs("a"), lambda: "x".replace("a", "b", 1.5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
