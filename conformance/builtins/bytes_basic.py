# bytes as a sequence: len, indexing, slicing, iteration, membership.
b = b"hello\x00\xff"
print(len(b), len(b""), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-3:-1])
print(list(b), [x for x in b"ab"], tuple(b"\x01\x02"), bytes([104, 105]), bytes(3), bytes("hé", "utf-8"))
print(b"ll" in b, 108 in b, 0 in b, b"" in b, b"xy" in b, 7 in b)
print(b + b"!", b"ab" * 2, 2 * b"ab", b"ab" == b"ab", b"ab" < b"b", b"a" != b"a")
print(sorted([b"b", b"a", b"ab"]), max(b"xyz"), sum(b"\x01\x02\x03"))
for f in [lambda: b[10], lambda: b["a"], lambda: 300 in b, lambda: "a" in b, lambda: b + "a", lambda: b[1.5]]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
