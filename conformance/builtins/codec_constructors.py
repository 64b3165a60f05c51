# str(bytes, encoding, errors) and bytes(str, encoding, errors).
print(repr(str(b"\xff", "utf-8", "replace")), repr(str(b"\xff", "latin-1")), repr(str(b"a\xffb", errors="ignore")), repr(str(b"x", encoding="ascii")))
print(bytes("é", "latin-1"), bytes("é", "utf-8"), bytes("é", "ascii", "ignore"), bytes("é€", "ascii", "replace"), bytes("a", encoding="utf8"))
print(bytes(b"ab"), bytes([1, 2]), bytes(2), bytes(), bytes(range(3)))
for c in ["str(b'\\xff')", "str(b'\\xff', 'ascii')", "str('x', 'utf-8')", "str(b'x', 'nope')", "bytes('é')", "bytes('é', 'ascii')",
          "bytes('x', 1)", "bytes(1.5)", "bytes([1, 256])", "bytes(-1)", "bytes(1, 'utf-8')", "bytes('x', 'nope')"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
