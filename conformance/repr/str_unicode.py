# repr and ascii of non-ASCII str.
for s in ["é", "€", "日本", "😀", "\x80", "\x9f", "\xa0", "\xad", "\u200b", "\u2028", "\ufeff", "\U0001f600x", "\ud7ff",
          "\U000e0001", "\u0300", "a\u0301", "\u061c", "\U0010ffff", "\xff"]:
    print(repr(s), ascii(s), len(s))
print(["é", "\x85"], ascii(["é", "\x85"]))
