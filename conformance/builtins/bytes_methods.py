# bytes methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(b" d"), b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.split(), b.split(b","), b.split(b"l", 1), b.rsplit(None, 1), b"a\x1cb".split(), b"a\r\nb\nc\r".splitlines(), b"x\ny".splitlines(True))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(108), b.find(b"o", 7, 20))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"-".join([b"a", b"b", b"c"]), b"".join([]))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"abc".partition(b"b"), b"abc".rpartition(b"x"), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4))
print(b"\x00\xffab".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), b"".hex())
print(bytes.fromhex("61 62 ff"), bytes.fromhex(""), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\xff".isascii(), b"".isascii())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"), b"\xe9t\xe9".upper())
for f in [lambda: b.find("a"), lambda: b.split("a"), lambda: b.startswith("a"), lambda: b.center(20, "a"),
          lambda: b"x".join(["a"]), lambda: b.replace("a", "b"), lambda: b.strip("a"), lambda: bytes.fromhex("zz"),
          lambda: bytes.fromhex("abc"), lambda: bytes.fromhex(1), lambda: b.find(300), lambda: b.hex("ab")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
