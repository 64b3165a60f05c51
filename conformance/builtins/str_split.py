# split, rsplit, splitlines, partition and rpartition.
for s in ["a,b,,c", "  a  b \t c \n", "", "a", ",", "x\x1cy\u2003z"]:
    print(repr(s), s.split(), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(None, 1), s.rsplit(None, 1))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a-b-c".split(sep="-", maxsplit=0), "  a b  ".split(None, 0), "  a b  ".rsplit(None, 0))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i".splitlines())
print("a\nb\r\n\nc\r".splitlines(True), "".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
for f in [lambda: "x".split(""), lambda: "x".split(1), lambda: "x".split(a=1), lambda: "x".split(",", 1, 2),
          lambda: "x".partition(""), lambda: "x".partition(1), lambda: "x".splitlines(1, 2), lambda: "x".rsplit(",", "a"),
          lambda: "x".split(",", maxsplit=1, sep=",")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
