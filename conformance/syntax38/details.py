# Small details met while testing the 3.8 syntax: the type of ... and the
# truth of bytes in conditions.
print(type(...), type(...).__name__, repr(...), ... is Ellipsis)
chunks = iter([b"ab", b"cd", b""])
out = []
while chunk := next(chunks):
    out.append(chunk)
print(out)
print(not b"", not b"x", b"" or "empty", b"y" and "full")
if b"":
    print("never")
else:
    print("empty bytes are false")
print([b for b in [b"", b"z"] if b])
